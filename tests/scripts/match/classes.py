# Class patterns: isinstance, __match_args__, keyword patterns, self-matching built-ins.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(x, y, 0):
            return f"flat 3d {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"somewhere, x={px}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(1, 2, 0), Point3(0, 0, 1), "point", None]:
    print(p, "->", where(p))


# Keyword patterns read attributes (properties too); a missing attribute is no match.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        print("  computing fahrenheit")
        return self.celsius * 9 / 5 + 32


match Temperature(100):
    case Temperature(kelvin=k):
        print("wrong", k)
    case Temperature(fahrenheit=212.0, celsius=c):
        print("boiling at", c)


class Lazy:
    def __getattr__(self, name):
        if name == "magic":
            return 42
        raise AttributeError(name)


match Lazy():
    case Lazy(other=_):
        print("wrong")
    case Lazy(magic=m):
        print("__getattr__ gave", m)

# Self-matching built-ins: one positional pattern matches the subject itself.
for v in [5, True, 2.5, "text", [1, 2], (1,), {"a": 1}, {1}, frozenset({2}), None]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case list([a, b]):
            print("list of two", a, b)
        case tuple(t):
            print("tuple", t)
        case dict({"a": a}):
            print("dict with a", a)
        case set(s):
            print("set", s)
        case frozenset(s):
            print("frozenset", s)
        case object():
            print("some object", v)


# Subclasses of self-matching built-ins inherit it, unless they define __match_args__.
class MyInt(int):
    pass


class Celsius(float):
    __match_args__ = ("unit",)
    unit = "C"


match MyInt(7):
    case MyInt(n):
        print("MyInt matched itself:", n, type(n).__name__)
match Celsius(21.5):
    case Celsius(u):
        print("Celsius via __match_args__:", u)

# Class patterns take any class, including built-in exception classes.
for e in [ValueError("bad"), KeyError("k"), TypeError("t"), 3]:
    match e:
        case ValueError(args=(msg,)):
            print("value error", msg)
        case LookupError(args=a):
            print("lookup error", a)
        case Exception():
            print("other exception", type(e).__name__)
        case _:
            print("not an exception")


# Attribute values are fetched before any sub-pattern runs, left to right.
class Noisy:
    __match_args__ = ("a", "b")

    def __getattribute__(self, name):
        print("  get", name)
        return object.__getattribute__(self, name)

    def __init__(self):
        object.__setattr__(self, "a", 1)
        object.__setattr__(self, "b", 2)
        object.__setattr__(self, "c", 3)


match Noisy():
    case Noisy(9, b, c=c):
        print("wrong")
    case Noisy(1, b, c=c):
        print("noisy", b, c)

# Errors raised while matching.
class ListArgs:
    __match_args__ = ["a"]


class NoArgs:
    pass


class BadName:
    __match_args__ = ("a", 1)
    a = 0


class Both:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


not_a_class = len


def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except TypeError as e:
        print(label, "TypeError:", e)


def m1():
    match ListArgs():
        case ListArgs(x):
            pass


def m2():
    match NoArgs():
        case NoArgs(x):
            pass


def m3():
    match 1:
        case int(x, y):
            pass


def m4():
    match 1:
        case not_a_class():
            pass


def m5():
    match BadName():
        case BadName(_, _):
            pass


def m6():
    match Both():
        case Both(x, a=y):
            pass


def m7():
    match Both():
        case Both(x, y, z):
            pass


def m8():
    match "s":
        case ListArgs(x):
            pass


for label, fn in [("list __match_args__", m1), ("no __match_args__", m2), ("int two", m3),
                  ("not a type", m4), ("non-string name", m5), ("repeated", m6),
                  ("too many", m7), ("not an instance", m8)]:
    attempt(label, fn)
