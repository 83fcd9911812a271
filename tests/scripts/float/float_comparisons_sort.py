xs = [3.5, -1.25, 0.0, -0.0, 2, 1e-9, -1e9, 7, 2.0, True]
print(sorted(xs))
print(sorted(xs, reverse=True))
print(min(xs), max(xs))
print(1.0 < 1.0000000000000002, 1.0 < 1.0000000000000001)
print(0.1 + 0.2 > 0.3, 0.3 < 0.1 + 0.2 < 0.31)
print([x for x in xs if x == 2])
print(sorted([2.5, 2, 1.5, 1, 0.5, 0]))
print(sorted([-0.0, 0.0, 0, -0.0]), sorted([0.0, -0.0]))
a = [1.1, 1.10, 1.100000000000001]
print(a, a[0] == a[1], a[1] < a[2])
print(5e-324 > 0, 5e-324 / 2 == 0, -5e-324 < 0)
print(float('inf') > 1e308, 1e308 < 1e309)
