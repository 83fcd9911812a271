# Class objects: names, qualnames, modules, docs, __dict__ (mappingproxy), MRO, bases,
# type(), isinstance/issubclass with tuples, class decorators, __init_subclass__,
# __set_name__, __class_getitem__, and MRO errors.
class Outer:
    "Outer doc"
    class Inner:
        def method(self):
            pass
    def make(self):
        class Local:
            pass
        return Local
print(Outer.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().make().__qualname__)
print(Outer.__module__, Outer.__doc__, Outer.Inner.__doc__, Outer().__doc__, Outer.__class__, type(Outer))
print(repr(Outer.Inner), repr(Outer().make()), str(int), repr(object))
d = Outer.__dict__
print(type(d).__name__, "make" in d, d["__doc__"], len(d) > 3, sorted(k for k in d if not k.startswith("__")))
print(list(Outer.Inner.__dict__.keys()), d.get("missing", "dflt"))
try:
    d["new"] = 1
except TypeError as e:
    print("TypeError:", e)
class Simple:
    x = 1
print(Simple.__dict__)
print(str(Simple.__dict__) == str(dict(Simple.__dict__)), Simple.__dict__.items() == dict(Simple.__dict__).items())

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__mro__)
print(D.__bases__, D.__base__, A.__base__, object.__base__, D.mro() == list(D.__mro__))
print(isinstance(D(), (int, A)), isinstance(1, (str, (list, int))), issubclass(D, (C, int)), issubclass(bool, int))
print(issubclass(D, D), issubclass(A, D), isinstance(D, type), isinstance(type, object), type(type))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y: pass
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Z(P1, P2):
        pass
except TypeError as e:
    print("TypeError:", e)

# type() with three arguments.
Dyn = type("Dyn", (A,), {"val": 5, "get": lambda self: self.val * 2})
print(Dyn.__name__, Dyn.__qualname__, Dyn.__bases__, Dyn().get(), isinstance(Dyn(), A), Dyn.__module__)
print(type(3), type("s"), type([]), type(None), type(Dyn()))

# Decorators on classes.
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{type(self).__name__}>"
    return cls
@register
@add_repr
class Decorated:
    pass
print(registry, Decorated.registered, Decorated(), [Decorated()])

# __init_subclass__ and __set_name__.
class Plugin:
    plugins = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins.append(cls.__name__)
class First(Plugin): pass
class Second(First): pass
print(Plugin.plugins, type(Plugin.__dict__["__init_subclass__"]).__name__)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Model:
    a = Field()
    b = Field()
print(Model.a.name, Model.b.name)
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Generic[int], Generic[str])
try:
    A[int]
except TypeError as e:
    print("TypeError:", e)

# Class attributes vs instance attributes.
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
c1, c2 = Counter(), Counter()
c1.count = 100
print(Counter.count, c1.count, c2.count, c1.id, c2.id, vars(c1))
del c1.count
print(c1.count)
class Slotted:
    __slots__ = ("a",)
Slotted().b = 1
