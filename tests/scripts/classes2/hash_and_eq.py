class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, Point(3, 3) in s)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(Point(0, 1), "none"))
print(hash(Point(1, 2)) == hash((1, 2)))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    set([NoHash()])
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
a = Default()
print(hash(a) == hash(a), a == a, a == Default(), a != Default())
print(len({a, a, Default()}))
class ChildHash(Point):
    def __eq__(self, other):
        return False
try:
    hash(ChildHash(1, 1))
except TypeError as e:
    print("TypeError:", e)
class KeepHash(Point):
    def __eq__(self, other):
        return False
    __hash__ = Point.__hash__
print(hash(KeepHash(1, 2)) == hash(Point(1, 2)))
class ConstHash:
    def __hash__(self):
        return 42
print(hash(ConstHash()), len({ConstHash(), ConstHash()}))
class BigHash:
    def __hash__(self):
        return -1
print(hash(BigHash()))
