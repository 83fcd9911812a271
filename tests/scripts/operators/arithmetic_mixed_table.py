vals = [7, -7, 2.5, -2.5, 3, True]
for a in vals:
    for b in [2, -3, 0.5, True]:
        print(repr(a), repr(b), a + b, a - b, a * b, a / b, a // b, a % b)
print(7 ** 2, 7 ** -2, (-7) ** 3, 2.5 ** 2, (-2.5) ** 2, True ** 5)
print(2 ** 64 + 0.5, 2 ** 64 - 1.0, 2 ** 64 * 0.5, 2 ** 64 / 2, 2 ** 64 // 2.0)
print(1 + 2 - 3 * 4 / 5 // 6 % 7, (1 + 2 - 3) * 4, 10 % 4 * 3 ** 2)
print(0.1 * 3 - 0.3, 1e16 + 1.0 - 1e16, 1 / 3 * 3 == 1.0, 49 / 49.0)
print(-7 // 2.0, -7 % 2.0, 7.0 // -2, 7.0 % -2, -0.5 // 1, -0.5 % 1)
print(True + True * 2, False - True, True / True, True // 2, -True % 3)
