# Instance attributes: insertion order, growth past a few attributes, __dict__ views,
# deletion, shadowing by class attributes and descriptors, and per-instance differences.
class P:
    kind = "class-level"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def method(self):
        return "method"

a = P(1, 2)
b = P(3, 4)
b.z = 5
print(vars(a), vars(b))
for i in range(7):
    setattr(a, "f%d" % i, i * i)
print(list(a.__dict__), a.f6, a.x)
d = b.__dict__
b.w = 9
print(d, d is b.__dict__)
del a.x
print(hasattr(a, "x"), list(vars(a))[:3])
a.x = 10
print(list(vars(a))[-1], a.x)
a.kind = "instance-level"
print(a.kind, b.kind, P.kind)
b.method = lambda: "shadowed"
print(a.method(), b.method())

class Q:
    @property
    def v(self):
        return "property"

    def __init__(self):
        self.__dict__["v"] = "in dict"

q = Q()
print(q.v, q.__dict__)

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

l = Logged()
l.a = 1
l.b = 2
print(l.a + l.b, vars(l))
same = [P(i, -i) for i in range(3)]
print([(p.x, p.y) for p in same], sorted(vars(same[0])))
try:
    print(a.missing)
except AttributeError as e:
    print(e)
try:
    del b.nope
except AttributeError as e:
    print(e)
