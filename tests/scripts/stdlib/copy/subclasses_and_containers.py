import copy, collections, datetime, functools, enum, types, re, itertools
class E(enum.Enum):
    A = [1]
print(copy.copy(E.A) is E.A, copy.deepcopy(E.A) is E.A, copy.deepcopy({E.A: 1}))

print(copy.deepcopy(re.compile("a+")).pattern, copy.copy(types.MappingProxyType({"a": 1})) if False else "")
nt = collections.namedtuple("NT", "a b")(1, [2]); n2 = copy.deepcopy(nt); print(n2, n2.b is nt.b, type(n2).__name__)
cm = collections.ChainMap({"a": [1]}, {"b": 2}); c2 = copy.copy(cm); c3 = copy.deepcopy(cm); print(c2, c3, c2.maps[0] is cm.maps[0], c3.maps[0]["a"] is cm.maps[0]["a"])
dq = collections.deque([[1]], maxlen=3); d2 = copy.copy(dq); print(d2, d2.maxlen, d2[0] is dq[0])
class Slots:
    __slots__ = ("a", "__dict__")
s = Slots(); s.a = 1; s.b = 2; s2 = copy.copy(s); print(s2.a, s2.b)
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
print(copy.deepcopy(WithMeta) is WithMeta, copy.copy(WithMeta()).__class__.__name__)
class Init:
    def __init__(self, x): print("init called"); self.x = x
i2 = copy.deepcopy(Init(1)); print(i2.x)
class NewArgs(int):
    def __new__(cls, v): print("new", v); return super().__new__(cls, v)
    def __getnewargs__(self): return (int(self),)
print(copy.copy(NewArgs(5)), type(copy.deepcopy(NewArgs(6))).__name__)
class IntSub(int): pass
x = IntSub(7); x.attr = "a"; y = copy.copy(x); print(y, type(y).__name__, y.attr)
class StrSub(str): pass
z = copy.deepcopy(StrSub("hi")); print(z, type(z).__name__)
class DSub(dict):
    def __init__(self, *a): super().__init__(*a); self.tag = "t"
ds = copy.deepcopy(DSub({"a": [1]})); print(ds, ds.tag, type(ds).__name__)
memo = {}; l = [1]; r = copy.deepcopy([l, l], memo); print(r[0] is r[1], id(l) in memo)
print(copy.deepcopy(datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)), copy.copy(itertools.count(3)) if False else "")
g = (i for i in range(3))
try: copy.deepcopy(g)
except TypeError as e: print(e)
try: copy.copy(g)
except TypeError as e: print(e)
import math
print(copy.deepcopy(math) is math if False else "", copy.copy(len) is len, copy.deepcopy(print) is print)
