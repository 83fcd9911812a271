class Vector:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return "Vector" + repr(self.c)
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(*(a + b for a, b in zip(self.c, other.c)))
        return NotImplemented
    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self.c, other.c)))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self.c))
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.c, k.c))
        return NotImplemented
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __truediv__(self, k):
        return Vector(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vector(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vector(*(a % k for a in self.c))
    def __pow__(self, k):
        return Vector(*(a ** k for a in self.c))
    def __neg__(self):
        return Vector(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c
    def __len__(self):
        return len(self.c)
v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, v * w)
print(v / 2, w // 4, w % 4, v ** 2, -v, +v is v, abs(Vector(3, 4)))
print(v + w == Vector(5, 7, 9), v == w, v != w)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * v
except TypeError as e:
    print("TypeError:", e)
total = Vector(0, 0, 0)
for vec in [v, w, v]:
    total = total + vec
print(total, len(total))
print(sum([v, w], Vector(0, 0, 0)))
try:
    sum([v, w])
except TypeError as e:
    print("TypeError:", e)
