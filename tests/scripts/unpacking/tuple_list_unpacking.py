a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
[e, f] = (5, 6)
print(c, d, e, f)
g, h, i = "xyz"
print(g, h, i)
j, k = range(2)
print(j, k)
l, m = {"key1": 1, "key2": 2}
print(l, m)
n, = [42]
print(n)
[o] = "s"
print(o)
p, q = q2 = (7, 8)
print(p, q, q2)
x = y = z = []
x.append(1)
print(x, y, z, x is z)
r, s = s2, r2 = "ab"
print(r, s, r2, s2)
t, u = iter([10, 20])
print(t, u)
v, w = map(int, "34")
print(v, w)
