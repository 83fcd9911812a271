cases = [("0", 10), ("-17", 10), ("+42", 10), ("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0),
         ("0o17", 0), ("0b1010", 0), ("-0b1010", 0), ("z", 36), ("ZZ", 36), ("777", 8),
         ("1010", 2), ("0b1010", 2), ("  12  ", 10), ("1_000_000", 10), ("0x_ff", 0),
         ("0", 0), ("00", 0), ("-0", 0), ("10", 3), ("\t\n 99\n", 10), ("helloworld", 36)]
for s, b in cases:
    print(repr(s), b, int(s, b))
print(int("123"), int(" -7 "), int("0012"), int("1_2_3"))
print(int("9" * 40) + 1)
print(int("-" + "1" * 30, 2))
print(int("١٢٣"), int("٣") + 1)
print(int(), int(True), int(False), int(-0))
print(int("7", base=8), int("11", base=0), int("11", base=16), int("-z", base=36))
