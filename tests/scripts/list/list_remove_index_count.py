a = [1, 2, 3, 2, 1, 2, 3]
print(a.count(2), a.count(3), a.count(4), a.count(2.0), a.count(True))
print(a.index(2), a.index(3), a.index(1, 1), a.index(2, 2, 5), a.index(3, -3))
a.remove(2)
print(a)
a.remove(2)
print(a)
while 1 in a:
    a.remove(1)
print(a)
b = [[1], [2], [1]]
b.remove([1])
print(b, b.index([1]), b.count([1]))
c = [0, False, 0.0, "", None]
print(c.count(0), c.count(False), c.count(None), c.index(False), c.index(0.0))
c.remove(False)
print(c)
s = ["x", "y", "x"]
print(s.index("x"), s.index("x", 1), s.count("x"))
