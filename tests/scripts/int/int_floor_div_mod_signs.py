pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 1), (-1, 1), (6, 3), (-6, 3), (6, -3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
    q, r = divmod(a, b)
    print("  check", q * b + r == a, r == 0 or (r > 0) == (b > 0))
big = 2 ** 100
print(big // 7, big % 7)
print(-big // 7, -big % 7)
print(big // -7, big % -7)
print((-big) // (-7), (-big) % (-7))
print(divmod(2 ** 64, 2 ** 32 + 1))
print(divmod(-(2 ** 64), 2 ** 32 + 1))
print(10 ** 30 // 10 ** 15, 10 ** 30 % (10 ** 15 + 1))
print(-1 // 10 ** 40, -1 % 10 ** 40)
