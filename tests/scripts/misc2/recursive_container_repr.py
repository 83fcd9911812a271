a = []
a.append(a)
print(a, str(a), repr(a))
b = [1, 2]
b.append(b)
b.append([b])
print(b)
d = {}
d["self"] = d
print(d)
d2 = {"list": []}
d2["list"].append(d2)
print(d2)
t = ([],)
t[0].append(t)
print(t)
x = [1]
y = [x]
x.append(y)
print(x, y)
class Box:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return f"Box({self.items!r})"
bx = Box()
bx.items.append(bx.items)
print(bx)
same = [0]
outer = [same, same, [same]]
print(outer)
m = {"a": 1}
m["b"] = [m, {"c": m}]
print(m)
print(len(a), a[0] is a, a == a[0] if False else "skip-compare")
z = [[]]
z[0].append(z[0])
print(z, str(z)[:20])
r = [b"x", bytearray(b"y")]
r.append(r)
print(r, {b"k": r}, (b"'", b'"', b"\x00"))
