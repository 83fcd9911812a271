print(1 < 2 < 3, 3 > 2 > 2, 1 <= 1 < 2, 5 != 5, 5 == 5.0)
print(-(2 ** 64) < -(2 ** 63) < 0 < 2 ** 63 < 2 ** 64)
print(2 ** 100 == 2 ** 100, 2 ** 100 != 2 ** 100 + 1)
print(sorted([2 ** 64, -5, 0, 2 ** 63, -(2 ** 64), 17]))
print(max([10 ** 20, 10 ** 19, -(10 ** 21)]), min([10 ** 20, 10 ** 19, -(10 ** 21)]))
print(True == 1, False == 0, True + True == 2, True is True)
print(1 in [1.0, 2], 2.0 in (1, 2), 0 in [False], True in [1])
a = 10 ** 30
b = a
print(a is b, a == b, id(a) == id(b))
print([x for x in range(-5, 6) if -3 < x <= 2])
print(3 == 3 == 3, 3 == 3 == 4, 1 < 3 > 2, 1 < 3 < 2)
print(not 0, not 7, not -1, bool(2 ** 100), bool(0 * 2 ** 100))
