class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def describe(cls):
        return "I am " + cls.__name__
    @property
    def upper(cls):
        return cls.__name__.upper()

class A(metaclass=Meta):
    x = 1
    def m(self): return 2

class B(A, flag=True):
    def __init_subclass__(cls, **kw):
        print("isc", cls.__name__, kw)

class C(B, color="red"):
    pass

print(type(A), type(B), A.__class__, isinstance(A, Meta), isinstance(A, type))
print(Meta.registry, A.registry, A.describe(), C.upper)
print(A, repr(B), A().m(), A.x)
print(type(A()) is A)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]

class S(metaclass=Singleton):
    def __init__(self, v):
        print("S init", v)
        self.v = v
s1 = S(1); s2 = S(2)
print(s1 is s2, s1.v)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls

class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)

class O(metaclass=OrderedMeta, z=1):
    b = 1
    a = 2
    def c(self): return b
print(O.order)

class Inst(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=Inst): pass
class Q:
    quack = 1
print(isinstance(Q(), Duck), isinstance(1, Duck), issubclass(Q, Duck), issubclass(int, Duck), isinstance(Duck(), Duck))

M2 = Meta("Dyn", (A,), {"y": 5})
print(M2, type(M2), M2.y, M2.x)
T = type("T", (), {"a": 1})
print(T, T.a, type(T))
print(type.__new__(Meta, "Z", (), {}))
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
try:
    class Y(X, metaclass=M2): pass
except TypeError as e: print(e)
class M3(M1): pass
class Y(X, metaclass=M3): pass
print(type(Y))
class Z(X): pass
print(type(Z))
def fmeta(name, bases, ns, **kw):
    print("fmeta", name, kw)
    return 42
class F(metaclass=fmeta, k=3): pass
print(F)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item}]"
print(G[int])
try:
    class B2(A, flag=1): pass
except TypeError as e: print(e)
