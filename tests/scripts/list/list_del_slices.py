a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
b = list(range(10))
del b[::-3]
print(b)
c = list(range(10))
del c[5:100]
print(c)
del c[10:20]
print(c)
del c[:]
print(c, len(c))
d = ["a", "b", "c", "d"]
del d[1], d[1]
print(d)
e = list("abcdefgh")
del e[-3:-1]
print(e)
del e[1:-1:2]
print(e)
