a = b = c = 5
print(a, b, c)
a += 1
print(a, b, c)
x = y = [1, 2]
x.append(3)
print(x, y, x is y)
p = q = r = "s"
p = p + "!"
print(p, q, r)
m, n = o = 1, 2
print(m, n, o)
i = j = 0
i, j = j + 1, i + 2
print(i, j)
d = {}
d["a"] = d["b"] = []
d["a"].append(1)
print(d, d["a"] is d["b"])
lst = [0, 0]
i = 0
i = lst[i] = 1
print(i, lst)
s = t = frozenset({1})
print(s is t, s)
