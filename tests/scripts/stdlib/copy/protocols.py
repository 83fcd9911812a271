import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b[1] is a[1], c[1] is a[1], c == a, c[2]["k"] is a[2]["k"])
r = [1]; r.append(r); d = copy.deepcopy(r); print(d[1] is d, d)
shared = [0]; x = [shared, shared]; y = copy.deepcopy(x); print(y[0] is y[1])
class P:
    def __init__(self, v): self.v = v; self.l = [v]
    def __repr__(self): return f"P({self.v})"
p = P(1); q = copy.copy(p); w = copy.deepcopy(p); print(q.l is p.l, w.l is p.l, q, w)
class C:
    def __init__(self): self.n = 0
    def __copy__(self): print("copy called"); return "COPY"
    def __deepcopy__(self, memo): print("deepcopy called", type(memo)); return "DEEP"
print(copy.copy(C()), copy.deepcopy(C()), copy.deepcopy([C()]))
memo = {}; z = [1, 2]; zz = copy.deepcopy(z, memo); print(id(z) in memo, memo[id(z)] is zz, len(memo))
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, 1)
print(copy.copy(5), copy.deepcopy("s"), copy.copy(None), copy.deepcopy(len) is len, copy.copy({1, 2}), copy.deepcopy(frozenset([1])))
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]; s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, "b"))
class R:
    def __reduce__(self): return (R2, (5,))
class R2:
    def __init__(self, v): self.v = v
#R
class Gs:
    def __init__(self): self.x = 1
    def __getstate__(self): return {"x": 99}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
g = copy.deepcopy(Gs()); print(g.x, g.restored)
print(copy.Error, copy.error if hasattr(copy, "error") else "")
import collections
od = collections.OrderedDict(a=[1]); od2 = copy.deepcopy(od); print(od2, od2["a"] is od["a"])
dd = collections.defaultdict(list, a=[1]); print(copy.deepcopy(dd), copy.copy(dd).default_factory)
print(copy.deepcopy(collections.deque([1, [2]], maxlen=5)), copy.deepcopy(collections.Counter("aab")))
class Sub(list): pass
sl = Sub([1, [2]]); sl.attr = 3; sc = copy.deepcopy(sl); print(type(sc), sc, sc.attr)
import types
print(copy.deepcopy(types.SimpleNamespace(a=[1])), copy.copy(range(3)), copy.deepcopy(b"x"), copy.deepcopy(bytearray(b"x")))
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(int) is int)
class WithFn:
    def __deepcopy__(self, memo):
        r = WithFn(); memo[id(self)] = r; r.child = copy.deepcopy(self.child, memo); return r
w = WithFn(); w.child = [w]; w2 = copy.deepcopy(w); print(w2.child[0] is w2)
import datetime
print(copy.deepcopy(datetime.date(2020, 1, 2)), copy.copy(datetime.timedelta(1)))
from dataclasses import dataclass
@dataclass
class D:
    a: list
dd1 = D([1]); print(copy.deepcopy(dd1), copy.replace(dd1, a=2) if hasattr(copy, "replace") else "")
print(copy.deepcopy(iter([1])) if False else "")
