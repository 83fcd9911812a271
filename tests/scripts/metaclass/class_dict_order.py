class A:
    "doc"
    x: int = 1
    def m(self): pass
print(list(A.__dict__))
class B(A):
    y = 2
print(list(B.__dict__))
class C:
    __slots__ = ('a',)
print(list(C.__dict__))
class M(type):
    def f(cls): pass
print(list(M.__dict__))
class D(metaclass=M):
    pass
print(list(D.__dict__))
E = type("E", (), {"z": 1})
print(list(E.__dict__))
class F:
    def __eq__(self, o): return True
print(list(F.__dict__))
