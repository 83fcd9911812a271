import functools
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
calls = []
@functools.lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    if x < 0: raise ValueError("neg")
    return x
t(f, -1); t(f, -1); print(calls, f.cache_info())
f(1); f(2); f(1); f(3); f(2); print(calls, f.cache_info())
@functools.lru_cache
def g(*args, **kw): return len(args) + len(kw)
g(1, 2); g(1, 2); g(a=1, b=2); g(b=2, a=1); g(1.0, 2); print(g.cache_info())
@functools.cache
def h(x): return [x]
print(h(1) is h(1), h.cache_info(), h.cache_parameters(), h.__wrapped__(1))
t(h, {}); t(h, [1])
class C:
    @functools.lru_cache(maxsize=None)
    def m(self, x): return x * 2
    @functools.cached_property
    def cp(self): return "cp"
    @staticmethod
    @functools.cache
    def sm(x): return x + 1
    @classmethod
    @functools.cache
    def cm(cls, x): return x + 2
c = C(); print(c.m(2), c.m(2), C.m.cache_info(), c.cp, C.sm(1), C.cm(1), C.sm.cache_info())
print(type(f).__name__ if False else "", f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__wrapped__.__name__, callable(f), f.__dict__ if False else "")
@functools.lru_cache(maxsize=1)
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec.cache_info())
import copy
f2 = copy.copy(f); print(f2 is f, copy.deepcopy(f) is f)
print(functools.lru_cache(maxsize=3, typed=True)(lambda x: x).cache_parameters())
t(functools.lru_cache, lambda: 1, 2)
