class C(type):
    def __new__(cls, name, bases, dict):
        dict['__spam__'] = 1
        return type.__new__(cls, name, bases, dict)
class D(metaclass=C): pass
print(D.__spam__)
class M1(type):
    def __new__(cls, *args):
        return type.__new__(cls, *args)
class A(metaclass=M1):
    def meth(self): return "A"
print(A().meth(), type(A))
class _instance(object): pass
class M2(object):
    @staticmethod
    def __new__(cls, name, bases, dict):
        self = object.__new__(cls)
        self.name = name
        self.bases = bases
        self.dict = dict
        return self
    def __call__(self):
        it = _instance()
        for key in self.dict:
            if key.startswith("__"): continue
            setattr(it, key, self.dict[key])
        return it
class C2(metaclass=M2):
    def spam(self): return 42
print(C2.name, C2.bases, sorted(C2.dict)[:2], C2().spam(0))
class T(type):
    counter = 0
    def __init__(self, *args):
        T.counter += 1
class U(metaclass=T): pass
class V(U): pass
print(T.counter)
print(type.__new__(type, "X", (), {}).__name__)
print(type("Y", (object,), {"__slots__": ("a",)}).__slots__)
x = type("Z", (), {"__doc__": "zdoc", "__qualname__": "Q.Z"})
print(x.__doc__, x.__qualname__, x.__name__)
try:
    type("W", (), {"__qualname__": 3})
except TypeError as e: print(e)
print(type(None).__name__, type(type).__name__, type(object), type.__mro__, type.__bases__, type.__base__)
print(isinstance(type, type), isinstance(object, type), issubclass(type, object))
