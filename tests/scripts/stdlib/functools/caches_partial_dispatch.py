import functools
from functools import lru_cache, cache, partial, reduce, wraps, total_ordering, cmp_to_key, cached_property, singledispatch
@lru_cache(maxsize=2)
def f(x): return x * 2
print(f(1), f(2), f(1), f(3), f.cache_info(), f.__wrapped__.__name__, f.__name__)
f.cache_clear(); print(f.cache_info(), f.cache_parameters())
@cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
@lru_cache
def g(x, y=1): return x + y
print(g(1), g(1, y=1), g(1, 1), g.cache_info())
@lru_cache(typed=True)
def h(x): return type(x).__name__
print(h(1), h(1.0), h.cache_info())
try: lru_cache(3.5)
except TypeError as e: print(e)
try: g([1])
except TypeError as e: print(e)
p = partial(int, base=2); print(p("101"), p.func, p.args, p.keywords, repr(p))
p2 = partial(max, 1, 2); print(p2(3), repr(p2), partial(p2, 9)(), repr(partial(p2, 9)))
try: partial()
except TypeError as e: print(e)
try: partial(3)
except TypeError as e: print(e)
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a*b, [], 1), reduce(max, "hello"))
try: reduce(max, [])
except TypeError as e: print(e)
def deco(fn):
    @wraps(fn)
    def w(*a, **k):
        "wrapper doc"
        return fn(*a, **k)
    return w
@deco
def doc_me(a: int) -> int:
    "docstring"
    return a
print(doc_me.__name__, doc_me.__doc__, doc_me.__wrapped__.__name__, doc_me.__annotations__, doc_me.__qualname__, doc_me(3))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
try:
    @total_ordering
    class NoOrd: pass
except ValueError as e: print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C(); print(c.val, c.val, c.n, type(C.val), "val" in c.__dict__); del c.val; print(c.val, c.n)
class Sl:
    __slots__ = ("a",)
    @cached_property
    def x(self): return 1
try: Sl().x
except TypeError as e: print(e)
@singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list {x}"
@show.register(str)
@show.register(bytes)
def _(x): return f"strish {x!r}"
print(show(1), show([1]), show("a"), show(b"b"), show(1.5), show(True), show.dispatch(bool) is show.dispatch(int))
class Base: pass
class Der(Base): pass
@show.register
def _(x: Base): return "base"
print(show(Der()))
class A:
    def m(self, a, b): return a + b
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
l = lru_cache(maxsize=None)(lambda x: x); l(1); l(1); print(l.cache_info())
l0 = lru_cache(maxsize=0)(lambda x: x); l0(1); l0(1); print(l0.cache_info())
print(repr(partial(partial(int, "1"), base=10)), partial(print, sep="-")("a", "b"))
class Cls:
    @lru_cache
    def m(self, x): return x
print(Cls().m(3), Cls.m.cache_info())
print(reduce(lambda a, b: a + b, iter([1, 2]), 10), functools.reduce.__name__)
try: reduce(1, [1, 2])
except TypeError as e: print(e)
