class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
for cls in (A, B, C, D, E, F):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Z, Y): pass
print([k.__name__ for k in W.__mro__])
class K1(X, Y): pass
class K2(Y): pass
class K3(K1, K2): pass
print([k.__name__ for k in K3.__mro__])
def first_definer(cls, name):
    for k in cls.__mro__:
        if name in k.__dict__:
            return k.__name__
    return None
class P:
    tag = "P"
    def m(self): return 1
class Q(P):
    def m(self): return 2
class R(P):
    tag = "R"
class S(Q, R): pass
print(first_definer(S, "tag"), first_definer(S, "m"), S.tag, S().m())
print(first_definer(S, "nope"))
