inputs = ["42", " 7 ", "-0", "+5", "1_000", "0x1F", "3.0", "", "  ", "1e5", "12abc", "--1", "9" * 25]
for s in inputs:
    try:
        v = int(s)
        print(repr(s), "->", v)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("z", 36), ("12", 2), ("0b101", 0), ("010", 0), ("10", 1)]:
    try:
        print(s, base, int(s, base))
    except ValueError as e:
        print(s, base, "ValueError:", e)
for s in ["1.5", "inf", "-nan", "1e400", ".5", "5.", "1_0.5", "abc", "", "1,5"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for v in [float("inf"), float("nan"), 1e300 * 1e10]:
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    int(3.5, 10)
except TypeError as e:
    print("TypeError:", e)
