for a in [7, -7, 0, 1, -1, 10 ** 20, -(10 ** 20)]:
    row = []
    for b in [1, -1, 2, -2, 3, -3, 7, 10 ** 10]:
        row.append((a // b, a % b))
    print(a, row)
for a in [7.5, -7.5, 0.0, -0.0]:
    print(a, [(a // b, a % b) for b in [2, -2, 0.5, -0.5, float("inf")]])
for a, b in [(5, 3), (-5, 3), (5, -3), (-5, -3)]:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b) == (q, r), divmod(float(a), b))
