ss = ["3.5", "  3.5  ", "-2", "+1.5e3", "1e-5", ".5", "5.", "1_000.5", "1E10", "inf", "-inf",
      "INF", "Infinity", "-Infinity", "nan", "-nan", "NaN", "  -0  ", "10",
      "1e400", "-1e400", "1e-400", "\n\t 7.25 \n", "000.250", "1.7976931348623157e308"]
for s in ss:
    print(repr(s), float(s))
print(float(" 12 "), float("-0.0"), float(2 ** 70), float(-(10 ** 20)))
print(float(3), float(True), float(1.5), float())
print(float("1." + "9" * 20), float("0." + "0" * 30 + "1"))
print(float("1_2.3_4"), float("9007199254740993"))
print(float("0.1") + float("0.2"), float("-.5e-2"), float("+5E+2"))
print(float("4.35"), float("2.5e-3"), float("1e16"), float("1e-05"))
