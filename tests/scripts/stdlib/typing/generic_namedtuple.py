# Generic NamedTuple classes (audit 11, TY6).
from typing import NamedTuple, Generic, TypeVar, List
T = TypeVar("T")
class G(NamedTuple, Generic[T]):
    a: T
    b: int = 0
    def total(self): return self.b + 1
g = G(1)
print(g, G[int], G.__parameters__, G.__mro__, g.total(), g._fields, g._replace(b=5), G._make([3, 4]), g == (1, 0), isinstance(g, tuple))
print(G[int](2), G.__orig_bases__[1], G.__module__, G.__qualname__, G.__annotations__, G[List[int]])
try: G[int, str]
except TypeError as e: print(e)
a, b = g; print(a, b, g.a, g[1])
