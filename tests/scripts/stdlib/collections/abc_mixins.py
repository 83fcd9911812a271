import collections.abc as cabc
from collections.abc import *
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
class S(Set):
    def __init__(self, it=()): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return f"S({self.d})"
a, b = S([1, 2, 3]), S([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, a == S([3, 2, 1]), a.isdisjoint([9]), a < S([1, 2, 3, 4]), a & {1}, {1, 2} & a if False else "")
class MS(MutableSet):
    def __init__(self): self.s = set()
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
m = MS(); m.add(3); m |= {1, 2}; m -= {2}; print(list(m), m.pop(), list(m)); m.clear(); print(len(m))
t(MS().pop); t(MS().remove, 5)
class MM(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MM(); mm.update(a=1, b=2); mm.setdefault("c", 3); print(dict(mm), mm.pop("a"), mm.popitem(), dict(mm), mm.get("zz"), mm == {"c": 3}, list(mm.values()), list(mm.items()))
t(mm.pop, "nope"); t(MM().popitem); mm.update([("x", 1)], y=2); print(dict(mm))
class MSeq(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
q = MSeq(); q.append(1); q.extend([2, 3]); q += [4]; q.reverse(); print(q.l, q.pop(), q.pop(0), q.l, q.index(2), 2 in q); q.remove(2); print(q.l)
t(q.index, 99); t(q.remove, 99)
print(issubclass(dict, Mapping), issubclass(list, MutableSequence), issubclass(tuple, Sequence), issubclass(str, Sequence), issubclass(bytes, ByteString), issubclass(set, Set), issubclass(frozenset, MutableSet))
print(isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView), isinstance({}.values(), Collection), isinstance(3, Hashable), isinstance(len, Callable), isinstance(iter(""), Iterator), isinstance(range(3), Sequence))
print(issubclass(type(i for i in []), Generator), isinstance(zip(), Iterator), isinstance(map(len, []), Iterable), isinstance(reversed([]), Reversible) , isinstance(memoryview(b""), Sequence))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), isinstance(It(), Iterable), issubclass(It, Container))
class NoIter:
    __iter__ = None
print(isinstance(NoIter(), Iterable))
print(Mapping.__abstractmethods__, sorted(MutableMapping.__abstractmethods__), Sequence.register, cabc.__all__[:5])
print(KeysView({"a": 1}) | {"b"}, ItemsView({"a": 1}) & {("a", 1)}, list(ValuesView({"a": 1})), repr(KeysView({"a": 1})))
Sequence.register(It); print(issubclass(It, Sequence))
