a = list(range(10))
a[1::3] = ["x", "y", "z"]
print(a)
a[::-1] = range(10)
print(a)
b = list("abcdefg")
b[-1:-4:-1] = "XYZ"
print(b)
b[5:2:-1] = [1, 2, 3]
print(b)
c = [0] * 6
c[::2] = [1] * 3
c[1::2] = [2] * 3
print(c)
d = list(range(5))
d[1:4] = []
print(d)
d[1:1] = range(3)
print(d)
d[len(d):] = [9, 9]
print(d)
d[-1:] = ()
print(d)
e = list(range(6))
e[2:4] = "abcd"
print(e)
e[::-2] = (0, 0, 0, 0)
print(e)
