class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = lambda self: f"added to {type(self).__name__}"
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        d = super().__prepare__(name, bases, **kw)
        d['injected'] = 42
        return d
class Base(metaclass=Meta):
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="child"):
    x: int = 1
print(Child().added(), Child.tag, Child.injected, Child.__annotations__, Base.injected)
print(type(Child).__name__, Child.__qualname__, Child.__module__)
def outer():
    class Local(Base):
        def meth(self):
            def inner(): pass
            return inner
    return Local
L = outer()
print(L.__qualname__, L.meth.__qualname__, L().meth().__qualname__, L.tag)

class Weird(type):
    def __new__(mcls, name, bases, ns):
        return 7
class W(metaclass=Weird): pass
print(W)
class Reg(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Reg.classes.append(cls)
class Root(metaclass=Reg): pass
class One(Root): pass
class Two(One): pass
print([c.__name__ for c in Reg.classes], Root.__subclasses__(), One.__subclasses__())

class Validated(type):
    def __new__(mcls, name, bases, ns):
        for k, v in ns.items():
            if k.startswith('_'): continue
            if callable(v) and not v.__doc__:
                raise TypeError(f"{name}.{k} needs a docstring")
        return super().__new__(mcls, name, bases, ns)
class Good(metaclass=Validated):
    def a(self):
        "doc"
try:
    class Bad(metaclass=Validated):
        def b(self): pass
except TypeError as e:
    print("TypeError:", e)

class G:
    def __class_getitem__(cls, params):
        return (cls.__name__, params)
print(G[int, str], G["x"])
class GG(G): pass
print(GG[1])
class NoGI: pass
try: NoGI[0]
except TypeError as e: print(e)

class D:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class E:
        d = D()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

class Cnt(type):
    n = 0
    def __call__(cls, *a, **k):
        Cnt.n += 1
        obj = super().__call__(*a, **k)
        obj.serial = Cnt.n
        return obj
class Thing(metaclass=Cnt):
    def __init__(self, name): self.name = name
t1 = Thing("a"); t2 = Thing(name="b")
print(t1.serial, t2.serial, t2.name)
try:
    Thing()
except TypeError as e: print(e)
class M(type): pass
A = M('A', (), {'v': 1})
B = type('B', (A,), {})
print(type(B), B.v)
try:
    type('C', (A, ), {}, extra=1)
except TypeError as e: print(e)
print(M.__name__, M.__qualname__, M.__mro__)
print(isinstance(A, M), type(A) is M, A.__class__)
print(type.__instancecheck__ if False else 'skip')
try:
    class X(int, metaclass=M): pass
    print(X(5) + 1, type(X))
except Exception as e: print(type(e), e)
