# __new__ and __init__: object.__new__, singletons, __new__ returning other objects,
# argument errors, __init__ returning a value, object() itself.
class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
p = Point(1, y=2)
print(p.x, p.y, Point(5).y, type(p).__name__)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 3})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)

class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created", cls.__name__, args)
        return cls._inst
    def __init__(self, *args):
        print("init", args)
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2)

class Factory:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        inst = object.__new__(cls)
        inst.kind = kind
        return inst
    def __init__(self, kind):
        print("Factory.__init__", kind)
print(Factory("int"), Factory("obj").kind)

class Explicit:
    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args, kwargs)
        return object.__new__(cls)
    def __init__(self, a, b=None):
        print("init", a, b)
Explicit(1, b=2)
print(type(Explicit.__dict__["__new__"]).__name__, Explicit.__new__ is Explicit.__dict__["__new__"].__func__)

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
try:
    NoInit(k=1)
except TypeError as e:
    print("TypeError:", e)
class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, *a):
        self.a = a
print(OnlyInit(1, 2).a)
for f in (lambda: object.__new__(OnlyInit, 1), lambda: object.__new__(NoInit, 1),
          lambda: object.__init__(NoInit(), 1), lambda: object.__init__(OnlyInit(), 1),
          lambda: object.__new__(5), lambda: object.__new__(int), lambda: object.__new__(),
          lambda: object(1), lambda: object(x=1)):
    try:
        r = f()
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)

class ReturnsValue:
    def __init__(self):
        return 5
try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)

class WithClassmethodFactory:
    def __init__(self, value):
        self.value = value
    @classmethod
    def from_str(cls, s):
        return cls(int(s))
class Child(WithClassmethodFactory):
    pass
c = Child.from_str("12")
print(type(c).__name__, c.value)

o = object()
print(type(o).__name__, o == o, o != object(), str(o)[:8], isinstance(o, object), hash(o) == hash(o))

# Exceptions: BaseException.__new__/__init__ and user subclasses.
class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
e = AppError("boom", code=7)
print(e.args, e.code, str(e), repr(e))
class Quiet(Exception):
    def __init__(self):
        pass
print(Quiet().args, repr(Quiet()))
class Many(ValueError):
    pass
print(Many(1, 2).args, str(Many(1, 2)), Many("x") == Many("x"))
try:
    ValueError(x=1)
except TypeError as e:
    print("TypeError:", e)
class WithStr(Exception):
    def __str__(self):
        return "custom:" + super().__str__()
print(str(WithStr("a")), repr(WithStr("a")), [WithStr("b")])
class NewExc(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.extra = "made"
        return inst
ne = NewExc("m")
print(ne.extra, ne.args)
class Shape:
    def __new__(cls, kind=None):
        if kind == "sq":
            return super().__new__(Square)
        return super().__new__(cls)
    def __init__(self, kind=None):
        print("Shape.__init__", type(self).__name__)
class Square(Shape):
    def __init__(self, kind=None):
        print("Square.__init__", kind)
Shape("sq")
Shape()
Point(1, 2, 3, 4)
