class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return other < self
    def __ge__(self, other):
        return not self < other
    __hash__ = None
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
a, b = Version("2.0"), Version("10.0")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0.0"))
print(a < b < Version("11"), b > a > Version("1.99"))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
x, y = OnlyLt(1), OnlyLt(2)
print(x < y)
print(y > x)
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)], key=lambda o: o.v)[0].v)
try:
    print(x <= y)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a < 3)
except TypeError as e:
    print("TypeError:", e)
