a = [1, [2, [3, [4, [5]]]]]
print(a, a[1][1][1][1][0], len(a), len(a[1]))
b = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(b, [row[1] for row in b], [b[i][i] for i in range(3)], b[-1][-1])
print([list(col) for col in zip(*b)])
c = [None, True, 1.5, "s", (1,), [2], {3: 4}, {5}, frozenset(), range(2)]
print(c)
print([[]], [[], []], [[[]]], [(), ()], [{}])
d = []
d.append(d)
print(d, len(d))
e = [1, 2]
f = [e, e]
print(f, f[0] is f[1])
e.append(3)
print(f)
g = [1, [2, 3]]
h = g.copy()
h[1].append(4)
h[0] = 99
print(g, h)
print(str([1, "two", 3.0]), repr(["a'b", 'c"d']))
