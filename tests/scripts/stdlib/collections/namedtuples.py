from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p._fields, p._asdict(), p._replace(x=10))
print(Point._make([1, 2]), tuple(p), p == (3, 4), hash(p) == hash((3, 4)), len(p))
x, y = p
print(x + y, Point(y=1, x=2), sorted([Point(2, 1), Point(1, 5)]))
Color = namedtuple("Color", "red green blue", defaults=[0])
print(Color(1, 2), Color._field_defaults, Color.__doc__)
Emp = namedtuple("Emp", "name, age")
print(Emp("ann", 30), Emp.__name__, Emp.__module__, type(Emp("a", 1)).__mro__)
print(namedtuple("R", "a def class _x", rename=True)._fields)
print(isinstance(p, tuple), Point.x, Point.__new__.__qualname__)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
print(Vec(1, 2) + Vec(3, 4), Vec(-1, 2).norm1)
match p:
    case Point(x, y):
        print("matched", x, y)
for bad in (("Bad", "a a"), ("Bad", "a _b"), ("Bad", "a for"), ("1x", "a"), ("Bad", "a-b")):
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
p.x = 5
