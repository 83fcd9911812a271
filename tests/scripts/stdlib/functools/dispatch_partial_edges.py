import functools
from functools import singledispatch, lru_cache, partial, wraps, total_ordering, cached_property
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
@singledispatch
def fn(x): return "default"
t(fn); t(fn.register, 5)
try:
    @fn.register
    def _(x): return 1
except TypeError as e: print(str(e)[:40])
print(fn.registry[object].__name__, len(fn.registry))
from typing import List, Union
try:
    @fn.register
    def _(x: List[int]): return 1
except TypeError as e: print(e)
@fn.register(int)
@fn.register(str)
def _(x): return "union"
print(fn(1), fn("s"), fn(1.0))
@lru_cache(maxsize=3)
def sq(x): return x * x
for i in [1, 2, 3, 1, 4, 2, 5]: sq(i)
print(sq.cache_info())
@lru_cache
def kw(a, b=2, *c, **d): return (a, b, c, d)
print(kw(1), kw(1, 2), kw(a=1), kw(1, b=2), kw(1, 3, 4, x=5), kw.cache_info())
p = partial(partial(print, 1, sep="|"), 2, sep="-", end="!\n"); p(3); print(repr(p))
class A:
    def m(self, x): return x
p2 = partial(A.m, A()); print(p2(3))
t(lambda: partial(print).func.zz)
pp = partial(int); pp.x = 1; print(pp.x, pp.__dict__)

def outer():
    @wraps(outer)
    def inner(): pass
    return inner
print(outer().__name__, outer().__wrapped__.__name__)
def a(): pass
a.extra = 1
@wraps(a)
def b(): pass
print(b.extra, sorted(b.__dict__))
print(functools.update_wrapper(lambda: 0, a).__name__)
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        if not isinstance(o, G): return NotImplemented
        return self.v > o.v
    def __eq__(self, o): return isinstance(o, G) and self.v == o.v
print(G(1) < G(2), G(1) <= G(1), G(2) >= G(3))
t(lambda: G(1) < 5); t(lambda: G(1) <= 5)
class CP:
    @cached_property
    def x(self): return 1
t(lambda: CP.x.attrname); print(CP().x, CP.x.__doc__ if False else "")
try:
    class CP2:
        @cached_property
        def x(self): return 1
        y = x
except RuntimeError as e: print(type(e).__name__, e, e.__cause__)
cp = cached_property(lambda s: 1)
class CP3: pass
CP3.z = cp
t(lambda: CP3().z)
print(functools.reduce(lambda a, b: a + b, range(5), 0), functools.reduce(lambda a, b: a + [b], "ab", []))
t(functools.reduce, lambda a, b: a, 5); t(functools.reduce); t(functools.reduce, 1)
print(functools.cache.__name__ if hasattr(functools.cache, "__name__") else "")
@functools.lru_cache(maxsize=-1)
def neg(x): return x
neg(1); neg(1); print(neg.cache_info())
@functools.lru_cache(None, True)
def tp(x): return x
tp(1); tp(1.0); print(tp.cache_info(), tp.cache_parameters())
t(functools.lru_cache, maxsize="a")
