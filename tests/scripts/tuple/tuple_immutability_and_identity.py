a = (1, 2, 3)
b = a
a += (4,)
print(a, b, a is b)
c = (1, [2, 3])
c[1].append(4)
print(c)
c[1][0] = 20
print(c, c[1])
d = c
print(d is c, d == c)
e = tuple(c)
print(e is c, e == c)
f = c[:]
print(f == c)
g = ([],) * 3
g[0].append("x")
print(g)
h = (1, 2) * 2
print(h, h.count(1), h.index(2, 2))
m, n = (5, 6)
m, n = n, m
print(m, n)
print(tuple(x * 2 for x in a), tuple(map(str, a)), tuple(filter(None, (0, 1, "", "a"))))
