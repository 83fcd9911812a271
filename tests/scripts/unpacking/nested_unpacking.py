(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 1, [2, 3]
print(a, b, c)
((a, b), (c, d)) = ((1, 2), (3, 4))
print(a, b, c, d)
a, (b, *c), d = 1, (2, 3, 4, 5), 6
print(a, b, c, d)
[x, [y, [z]]] = [1, [2, [3]]]
print(x, y, z)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i, j, k)
for idx, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(idx, name, score)
(a, b), (c, d) = "ab", "cd"
print(a, b, c, d)
pts = {"p": (1, 2), "q": (3, 4)}
for key, (px, py) in pts.items():
    print(key, px + py)
(m, n), *rest = [(1, 2), (3, 4), (5, 6)]
print(m, n, rest)
