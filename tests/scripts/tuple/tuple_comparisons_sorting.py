print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), () < (0,), (1, 2) == (1.0, 2.0))
print((1, "b") < (1, "c"), (1, (2, 3)) < (1, (2, 4)), (0, 0, 1) > (0, 0, 0, 5))
pts = [(3, 1), (1, 2), (3, 0), (1, 1), (2, 5), (-1, 9)]
print(sorted(pts), sorted(pts, reverse=True), min(pts), max(pts))
print(sorted(pts, key=lambda p: p[1]), sorted(pts, key=lambda p: (p[1], -p[0])))
print(sorted(pts, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(max(pts, key=lambda p: p[0] + p[1]), min(pts, key=lambda p: p[1] - p[0]))
nan = float("nan")
print((nan,) == (nan,), (1, nan) == (1, nan), (nan, 1) < (nan, 2))
print((1, 2, 3) <= (1, 2, 3), (1, 2, 3) >= (1, 2, 4), (True, 0) == (1, False))
recs = [("x", 2, 1.5), ("y", 1, 2.5), ("x", 1, 0.5)]
print(sorted(recs), sorted(recs, key=lambda r: r[2]))
print((1, 2) != (1, 2), (1, [2]) == (1, [2]), ("a",) < ("a", "a"))
