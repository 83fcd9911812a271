print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 0, 1))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(5, 123456789, 10 ** 9 + 7))
print(pow(2, 2 ** 64, 1000003))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 17))
print(pow(-3, -1, 7), pow(3, -1, -7))
print(pow(123456789, -1, 2 ** 61 - 1))
for m in [2, 3, 5, 11, 97]:
    inv = [pow(a, -1, m) for a in range(1, m)]
    print(m, inv, all(a * pow(a, -1, m) % m == 1 for a in range(1, m)))
print(pow(0, 0, 7), pow(0, 5, 7), pow(10, 3, 1))
print(pow(2 ** 100, 3, 2 ** 61 - 1))
print(pow(-1, 10 ** 20, 3), pow(-1, 10 ** 20 + 1, 3))
