# property (getter/setter/deleter chaining, errors, docs), staticmethod/classmethod objects,
# user descriptors (__get__/__set__/__delete__/__set_name__), data vs non-data precedence.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
for op in ("set", "del"):
    try:
        if op == "set":
            t.fahrenheit = 1
        else:
            del t.fahrenheit
    except AttributeError as e:
        print("AttributeError:", e)
p = property()
class Holder:
    x = p
try:
    Holder().x
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.celsius.fset.__name__)
print(Temp.celsius.fdel is not None, p.fget, p.fset, p.fdel, p.__doc__)
try:
    p.fget = len
except AttributeError as e:
    print("AttributeError:", e)
# The instance dict cannot shadow a property (data descriptor).
t.__dict__["celsius"] = "shadow"
print(t.celsius, t.__dict__["celsius"])
# property built by hand, and __get__/__set__ called directly.
def get_v(self):
    return self.v * 10
def set_v(self, value):
    self.v = value
class Manual:
    v = 1
    big = property(get_v, set_v)
m = Manual()
m.big = 4
print(m.big, Manual.big.__get__(m), Manual.big.__get__(None, Manual) is Manual.big)
Manual.big.__set__(m, 7)
print(m.v)
# Overriding a property in a subclass, and reaching the base one.
class Base:
    @property
    def name(self):
        return "base"
class Sub(Base):
    @property
    def name(self):
        return "sub+" + super().name
print(Sub().name, Base.name.fget(Sub()))

# staticmethod / classmethod objects.
class Tools:
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def create(cls, *args):
        return (cls.__name__, args)
    def plain(self):
        return "plain"
class MoreTools(Tools):
    pass
print(Tools.add(1, 2), Tools().add(3, 4), MoreTools.create(1), MoreTools().create(2))
sm = Tools.__dict__["add"]
cm = Tools.__dict__["create"]
print(type(sm).__name__, type(cm).__name__, sm.__func__ is Tools.add, sm(5, 6))
print(cm.__func__.__name__, Tools.create.__self__ is Tools, MoreTools().create.__self__ is MoreTools)
print(isinstance(Tools.__dict__["plain"], type(Tools.add)), Tools.plain(None))
try:
    staticmethod()
except TypeError as e:
    print("TypeError:", e)
try:
    classmethod(1, 2)
except TypeError as e:
    print("TypeError:", e)

# User descriptors.
class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop(self.name, None)
class Rec:
    a = Typed()
    b = Typed()
r = Rec()
print(r.a, Rec.a.name, Rec.b.owner)
r.a = 5
print(r.a, vars(r))
try:
    r.b = "x"
except TypeError as e:
    print("TypeError:", e)
del r.a
print(r.a)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class UsesNonData:
    attr = NonData()
u = UsesNonData()
print(u.attr, UsesNonData.attr)
u.attr = "instance wins"
print(u.attr)
class GetOnlyData:
    def __get__(self, obj, objtype=None):
        return 42
    def __delete__(self, obj):
        pass
class G:
    x = GetOnlyData()
try:
    G().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class SetNameFails:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Broken:
        attr = SetNameFails()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
Temp().fahrenheit = 5
