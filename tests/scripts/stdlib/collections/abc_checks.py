import collections.abc as cabc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Hashable, Sized, Callable, Set
from collections import OrderedDict, deque, Counter, defaultdict
import collections

print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Sequence))
print(isinstance((), Sequence), isinstance("s", Sequence), isinstance(range(3), Sequence))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance([], Iterable))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance(len, Callable), isinstance(1, Callable))
print(isinstance(set(), Set), isinstance(frozenset(), cabc.MutableSet), isinstance({}.keys(), Set))
print(isinstance(OrderedDict(), MutableMapping), isinstance(Counter(), Mapping), isinstance(deque(), Sized))
print(issubclass(list, cabc.MutableSequence), issubclass(dict, Sequence), issubclass(defaultdict, Mapping))
print(isinstance((x for x in ()), cabc.Generator), isinstance(deque(), Iterable))
print(collections.abc is cabc, Mapping.__module__, Mapping)

class Box:
    def __len__(self):
        return 3
    def __iter__(self):
        return iter([1, 2, 3])
    def __contains__(self, x):
        return False
print(isinstance(Box(), Sized), isinstance(Box(), cabc.Collection), isinstance(Box(), Sequence))

class Registry(Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
r = Registry({"a": 1, "b": 2})
print(r.get("a"), r.get("z", 9), "a" in r, list(r.keys()), list(r.items()), list(r.values()), r == {"a": 1, "b": 2})

class Stack(cabc.MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)
s = Stack()
s.append(1)
s.extend([2, 3])
s += [4]
print(list(s), s.pop(), s.index(2), s.count(1), 3 in s, list(reversed(s)))
s.remove(1)
s.reverse()
print(list(s))

class Incomplete(Mapping):
    pass
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
