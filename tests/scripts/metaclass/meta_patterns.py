class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstract = {k for k, v in ns.items() if getattr(v, '__isabstract__', False)}
        for b in bases:
            for k in getattr(b, '__abstract__', ()):
                if getattr(cls, k, None) is None or getattr(getattr(cls, k), '__isabstract__', False):
                    abstract.add(k)
        cls.__abstract__ = frozenset(abstract)
        return cls
    def __call__(cls, *args, **kwargs):
        if cls.__abstract__:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(sorted(cls.__abstract__))}")
        return super().__call__(*args, **kwargs)

def abstract(f):
    f.__isabstract__ = True
    return f

class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self): ...
    @abstract
    def name(self): ...

class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "sq"

print(Sq(3).area(), sorted(Shape.__abstract__), Sq.__abstract__)
try:
    Shape()
except TypeError as e:
    print(e)

class EnumMeta(type):
    def __iter__(cls):
        return iter(cls._members)
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, k):
        return cls._members[k]
    def __contains__(cls, k):
        return k in cls._members
    def __repr__(cls):
        return f"<enum {cls.__name__}>"
    def __new__(mcls, name, bases, ns):
        members = [k for k in ns if not k.startswith('_')]
        ns['_members'] = members
        return super().__new__(mcls, name, bases, ns)

class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
print(list(Color), len(Color), Color[0], 'RED' in Color, Color, repr(Color), str(Color))
print([c for c in Color])

class Field:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, v):
        if not isinstance(v, int):
            raise TypeError(f"{self.name} must be int")
        obj.__dict__[self.name] = v

class Model:
    a = Field()
    b = Field()
m = Model(); m.a = 5
print(m.a, m.b)
try: m.b = "x"
except TypeError as e: print(e)

class Plugin:
    plugins = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[name or cls.__name__] = cls
class P1(Plugin, name="one"): pass
class P2(Plugin): pass
print(Plugin.plugins)

class SlotMeta(type):
    def __new__(m, name, bases, ns):
        ns.setdefault('__slots__', ('x', 'y'))
        return super().__new__(m, name, bases, ns)
class Pt(metaclass=SlotMeta):
    def __init__(self): self.x = 1; self.y = 2
p = Pt()
print(p.x, p.y, Pt.__slots__)
try: p.z = 3
except AttributeError as e: print(e)

class CountMeta(type):
    count = 0
    @property
    def instances(cls):
        return cls._n
    @instances.setter
    def instances(cls, v):
        cls._n = v
    def create(cls):
        cls.instances = cls.instances + 1
        return cls()
class K(metaclass=CountMeta):
    _n = 0
K.create(); K.create()
print(K.instances, K.count, CountMeta.count)
print(type(K).__name__, K.__class__.__name__, type(type(K)))
print(K.__dict__['_n'], '_n' in K.__dict__, 'instances' in K.__dict__)
try: K.nope
except AttributeError as e: print(e)
class Adder(type):
    def __add__(cls, other): return f"{cls.__name__}+{other.__name__}"
    def __eq__(cls, o): return True
    __hash__ = type.__hash__
class U(metaclass=Adder): pass
class V(metaclass=Adder): pass
print(U + V, U == 3)
print(callable(U), isinstance(U, Adder), issubclass(Adder, type))
print(Adder.__mro__, Adder.__bases__)
print(type.__call__(int, "5"))
