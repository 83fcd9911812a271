# Interfaces checked at class creation; class-level caches; singletons via __new__ and metaclass.
class InterfaceMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        required = set()
        for b in cls.__mro__[1:]:
            required |= set(getattr(b, "__required__", ()))
        missing = sorted(r for r in required if not callable(getattr(cls, r, None)))
        if missing and not ns.get("__abstract__", False):
            raise TypeError(f"{name} must implement {', '.join(missing)}")
        return cls

class Storage(metaclass=InterfaceMeta):
    __abstract__ = True
    __required__ = ("get", "put")

class Memory(Storage):
    def __init__(self): self.d = {}
    def get(self, k): return self.d.get(k)
    def put(self, k, v): self.d[k] = v

m = Memory(); m.put("a", 1); print(m.get("a"), m.get("b"))
try:
    class Broken(Storage):
        def get(self, k): return None
except TypeError as e:
    print(e)

class Cached(type):
    def __init__(cls, *a, **k):
        super().__init__(*a, **k)
        cls._cache = {}
    def __call__(cls, *args):
        if args not in cls._cache:
            cls._cache[args] = super().__call__(*args)
        return cls._cache[args]

class Color(metaclass=Cached):
    def __init__(self, r, g, b):
        print("make", r, g, b)
        self.rgb = (r, g, b)

c1 = Color(1, 2, 3); c2 = Color(1, 2, 3); c3 = Color(0, 0, 0)
print(c1 is c2, c1 is c3, len(Color._cache))

class Once:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
x = Once(1); y = Once(2)
print(x is y, x.v)

def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls

class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        return add_repr(super().__new__(mcls, name, bases, ns))

class Pt(metaclass=AutoRepr):
    def __init__(self, x, y): self.x, self.y = x, y
print(Pt(1, 2), [Pt(0, "s")])
print(Pt.__repr__.__qualname__)
