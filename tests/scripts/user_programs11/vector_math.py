"""Small linear-algebra helpers for a 2D physics toy: matrices as tuples of tuples."""
import itertools
import math
import operator
import sys
from functools import reduce, total_ordering

Matrix = tuple


def matmul(a, b):
    cols = list(zip(*b))
    return tuple(tuple(sum(map(operator.mul, row, col)) for col in cols) for row in a)


def identity(n):
    return tuple(tuple(1 if i == j else 0 for j in range(n)) for i in range(n))


def mat_pow(m, k):
    if k < 0:
        raise ValueError("negative powers need an inverse")
    return reduce(matmul, itertools.repeat(m, k), identity(len(m)))


def det(m):
    n = len(m)
    if any(len(r) != n for r in m):
        raise ValueError(f"matrix is not square: {n}x{len(m[0])}")
    if n == 1:
        return m[0][0]
    total = 0
    for j in range(n):
        minor = tuple(row[:j] + row[j + 1:] for row in m[1:])
        total += (-1) ** j * m[0][j] * det(minor)
    return total


def rotation(deg):
    r = math.radians(deg)
    return ((math.cos(r), -math.sin(r)), (math.sin(r), math.cos(r)))


@total_ordering
class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec2({self.x:g}, {self.y:g})"

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __add__(self, o):
        return Vec2(self.x + o.x, self.y + o.y)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def rotated(self, deg):
        (a, b), (c, d) = rotation(deg)
        return Vec2(round(a * self.x + b * self.y, 9), round(c * self.x + d * self.y, 9))


fibm = ((1, 1), (1, 0))
for k in (1, 5, 10, 30, 90):
    print(f"fib matrix ^{k}: {mat_pow(fibm, k)}")
a = ((2, 0, 1), (1, 3, 2), (1, 1, 1))
print("det a:", det(a), "det a*a:", det(matmul(a, a)))
print("a @ I == a:", matmul(a, identity(3)) == a)
print("transpose:", tuple(zip(*a)))
vs = [Vec2(3, 4), Vec2(1, 1), Vec2(-5, 0), Vec2(0, 2)]
print("sorted by length:", sorted(vs))
print("max/min:", max(vs), min(vs), Vec2(1, 1) <= Vec2(0, 2), Vec2(3, 4) >= Vec2(-5, 0))
print("sum:", reduce(operator.add, vs), "dots:", [v.dot(Vec2(1, 0)) for v in vs])
print("rotated 90:", [v.rotated(90) for v in vs])
print("angles:", [round(math.degrees(math.atan2(v.y, v.x)), 2) for v in vs])
print("dist:", math.dist((0, 0), (3, 4)), "prod:", math.prod([1, 2, 3, 4]), "gcd/lcm:", math.gcd(12, 18), math.lcm(4, 6))
print("comb/perm/factorial:", math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print("pi/tau/e:", math.pi, math.tau, math.e)
print("pairwise dot table:", [Vec2.dot(p, q) for p, q in itertools.combinations(vs, 2)])
print("starmap:", list(itertools.starmap(operator.pow, [(2, 5), (3, 2), (10, 3)])))
print("ops:", operator.neg(5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3))
getx = operator.attrgetter("x")
print("xs:", list(map(getx, vs)), "big ints:", sys.maxsize + 1, (sys.maxsize + 1) // 2 ** 62)
try:
    det(((1, 2), (3,)))
except ValueError as e:
    print("ValueError:", e)
try:
    mat_pow(fibm, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-3)
except ValueError as e:
    print("ValueError:", e)
try:
    Vec2(1, 2).z = 3
except AttributeError as e:
    print("AttributeError:", e)
