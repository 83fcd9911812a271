a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
print(a, b, c, d, e)
print(a is b, a is c, c == d == e, c is d)
def modify(lst):
    lst.append("m")
    lst = ["new"]
    lst.append("n")
    return lst
x = [0]
y = modify(x)
print(x, y)
g = [[1, 2]] + [[3, 4]]
h = g[:]
h[0][0] = 99
h[1] = "replaced"
print(g, h)
i = [1, 2, 3]
j = i
i = i + [4]
print(i, j)
k = [1, 2, 3]
l = k
k += [4]
print(k, l)
