dec = ["0", "+0", "-0", "007", "  42", "42  ", "\t-42\n", "+1_000", "1_0_0", "-1_000_000",
       "0_0", "99999999999999999999999", "-0000000000000000000001"]
for s in dec:
    print(repr(s), int(s))
auto = ["0b_1", "0o_7", "0x_f", "-0x10", "+0b11", "0", "  0o777  ", "0X1F", "0B0", "0O0"]
for s in auto:
    print(repr(s), int(s, 0))
print(int("10", 2), int("10", 8), int("10", 10), int("10", 16), int("10", 36), int("10", 0))
print(int("-ff", 16), int("+FF", 16), int("  0xFF  ", 16), int("0b101", 2), int("0o17", 8))
print(int("Zz", 36), int("zz", 36) == 36 * 36 - 1, int("1" * 64, 2) == 2 ** 64 - 1)
print([int(c, 16) for c in "0123456789abcdefABCDEF"])
print(int(" \u2003 7 \u2003 "), int("٣٤"), int("１２"))
