a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[-2:] = []
print(a)
a[:0] = "xy"
print(a)
a[::2] = range(len(a[::2]))
print(a)
b = list(range(10))
b[::-3] = ["p", "q", "r", "s"]
print(b)
c = [1, 2, 3]
c[5:10] = [9]
print(c)
c[:] = [7, 8]
print(c)
d = [0, 1, 2, 3, 4]
d[3:1] = ["in"]
print(d)
d[-100:1] = ["head"]
print(d)
e = [1, 2, 3]
e[1:2] = e
print(e)
f = [1, 2, 3, 4]
f[1:3] = (x * 10 for x in "ab")
print(f)
