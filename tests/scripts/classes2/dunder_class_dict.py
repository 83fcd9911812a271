class P:
    species = "p"
    def __init__(self, a):
        self.a = a
x = P(1)
print(x.__class__ is P, x.__class__.__name__, type(x) is P, P.__class__ is type)
print(x.__dict__, type(x.__dict__).__name__)
x.__dict__["b"] = 2
x.c = 3
print(x.b, sorted(x.__dict__.items()))
del x.__dict__["a"]
print(hasattr(x, "a"), x.__dict__)
y = x.__class__(5)
print(y.a, type(y).__name__)
print("species" in P.__dict__, P.__dict__["species"], "__init__" in P.__dict__)
print(x.__class__.species, type(x).species, P.__name__)
class Q(P):
    pass
print("species" in Q.__dict__, Q.species, Q.__base__ is P, Q.__bases__[0].__name__)
print((1).__class__.__name__, "s".__class__, [].__class__ is list, None.__class__.__name__)
print(type(type).__name__, type(P).__name__, type(len).__name__, type(P.__init__).__name__)
print(type(x.__init__).__name__, type(print).__name__)
z = P(0)
z.__dict__.update({"u": 1, "v": 2})
print(sorted(vars(z)), z.u + z.v)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
