# Rich comparisons: NotImplemented, reflection, subclass priority, default __ne__,
# __eq__ without __hash__, __hash__ = None, hash results, and bound-method equality.
log = []
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        log.append(("V.eq", type(other).__name__))
        if isinstance(other, V):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        log.append(("V.lt", type(other).__name__))
        if isinstance(other, V):
            return self.v < other.v
        return NotImplemented
    def __repr__(self):
        return f"V({self.v})"
class W(V):
    def __eq__(self, other):
        log.append(("W.eq", type(other).__name__))
        return "W-eq"
    def __gt__(self, other):
        log.append(("W.gt", type(other).__name__))
        return "W-gt"
print(V(1) == V(1), V(1) != V(2), V(1) == 1, 1 == V(1), V(1) != "x")
print(log); log.clear()
print(V(1) == W(1), V(1) < W(2), W(1) > V(0))
print(log); log.clear()
print(V(1) < V(2), V(3) > V(2), sorted([V(3), V(1), V(2)]), min(V(5), V(4)), max([V(1), V(9)]))
log.clear()
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(log); log.clear()

class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq.__hash__, OnlyEq() == 3, OnlyEq() != 3)
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError:", e)
class EqAndHash(OnlyEq):
    def __hash__(self):
        return 7
print(hash(EqAndHash()), {EqAndHash(): 1}[EqAndHash()], EqAndHash() in {EqAndHash()})
class InheritsUnhashable(OnlyEq):
    pass
print(InheritsUnhashable.__hash__ is None)
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError:", e)
class HashValues:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
print(hash(HashValues(-1)), hash(HashValues(2**80)) == hash(2**80), hash(HashValues(True)))
try:
    hash(HashValues("x"))
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, hash(p) == hash(p), len({p, q, p}))
print(p.__eq__(q), p.__ne__(p), p.__lt__(q), Plain.__eq__(p, p))

class NeOnly:
    def __ne__(self, other):
        return "custom-ne"
print(NeOnly() != 1, NeOnly() == 1)

# Bound methods.
class M:
    def f(self):
        return 1
m = M()
print(m.f == m.f, m.f is m.f, m.f == M().f, m.f.__self__ is m, m.f.__func__ is M.f)
print(hash(m.f) == hash(m.f), {m.f: 1}[m.f], type(m.f).__name__, M.f.__name__, m.f.__name__)

# Comparisons with built-in values fall back to identity / TypeError.
class Thing:
    pass
t = Thing()
print(t == 1, 1 == t, t != None, None == t, [t] == [t], (t, 1) == (t, 1))
try:
    t < t
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < [t]
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=lambda x: V(-x)))
Thing() > 1
