class A:
    f = lambda self: 0
    squares = [x for x in range(3)]
    def gen(self):
        yield 1
    def m(self):
        return [lambda: 0 for _ in range(1)][0]
print(A.f.__qualname__, A.gen.__qualname__, A().gen().__qualname__ if hasattr(A().gen(), '__qualname__') else '-', A().m().__qualname__)
def outer():
    g = (lambda: 1)
    return g, [lambda: 2][0]
print(outer()[0].__qualname__, outer()[1].__qualname__)
bases = (dict,)
kw = {"flag": 1}
class B:
    def __init_subclass__(cls, **k):
        print("isc", cls.__name__, k)
class C(B, **kw): pass
class D(*[B], **{"x": 2}, y=3): pass
print(D.__bases__)
class E(*bases): pass
print(E.__mro__)
class M(type):
    def __new__(m, n, b, ns, **kw):
        print("M new", n, kw)
        return super().__new__(m, n, b, ns)
class F(metaclass=M, **{"a": 1}):
    pass
try:
    class G(B, metaclass=M, z=1):
        pass
except TypeError as e: print(e)
def make():
    class Local(metaclass=M):
        def meth(self): pass
    return Local
L = make()
print(L.__qualname__, L.meth.__qualname__, type(L))
print(type(int.__dict__).__name__)
print(sorted(vars(A))[:3])
print(A.__dict__ is not A.__dict__, A.__dict__ == A.__dict__)
print(repr(M)[:22], repr(F))
class N:
    __slots__ = ('a',)
class SM(type): pass
class O(N, metaclass=SM):
    __slots__ = ('b',)
o = O(); o.a = 1; o.b = 2
print(o.a, o.b, type(O))
try: o.c = 3
except AttributeError as e: print(e)
def f():
    return [[lambda: 0 for _ in 'a'][0] for _ in 'b'][0], (lambda: [lambda: 1][0])()
print(f()[0].__qualname__, f()[1].__qualname__)
class K:
    z = [(lambda: 0) for _ in 'a'][0]
    class Inner: 
        w = {k: (lambda: 0) for k in 'a'}['a']
print(K.z.__qualname__, K.Inner.w.__qualname__)
