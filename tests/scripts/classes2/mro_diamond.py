class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print([c.__name__ for c in D.__mro__])
print(D().who())
print([c.__name__ for c in B.__mro__])
print([c.__name__ for c in D.mro()])
print(D.__bases__ == (B, C), [b.__name__ for b in D.__bases__])
print(issubclass(D, A), issubclass(D, C), issubclass(C, B))
print(isinstance(D(), (C, int)), isinstance(B(), (C, str)))
class E(C, B):
    pass
print([c.__name__ for c in E.__mro__])
print(E().who())
print(object.__mro__ == (object,), A.__bases__[0] is object)
