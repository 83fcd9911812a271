# functools.lru_cache returns CPython's functools._lru_cache_wrapper: its type, repr, attributes,
# cache statistics, method binding, copying and the recursion depth of a cached function.
import functools
@functools.lru_cache(maxsize=2)
def f(x):
    "doc of f"
    return x * 2
print(type(f), type(f).__name__, type(f).__qualname__, type(f).__module__, repr(f).split(" at ")[0])
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__wrapped__.__name__, f.__dict__.keys())
print(f(1), f(2), f(1), f(3), f.cache_info(), f.cache_parameters())
f.cache_clear(); print(f.cache_info())
print(f.cache_info.__name__, f.cache_clear.__qualname__)
print(sorted(set(dir(f)) - set(dir(lambda: 0))))
print(callable(f), isinstance(f, type(f)), f.__copy__() is f, f.__deepcopy__({}) is f, f.__reduce__())
class C:
    @functools.lru_cache
    def m(self, x):
        return (self.__class__.__name__, x)
    @functools.cache
    def n(self): return 1
c = C()
print(c.m(1), c.m(1), C.m.cache_info(), type(c.m).__name__, c.m.__func__ is C.m, c.m.__self__ is c)
print(C.m is C.__dict__['m'], type(C.__dict__['n']).__name__, c.n(), c.n.cache_info())
print(functools.cache(len).cache_parameters(), functools.lru_cache(None)(len)((1, 2)))
g = functools.lru_cache(typed=True)(lambda x: x)
print(g(1), g(1.0), g.cache_info(), g.__name__)
try:
    f.cache_info = 1
    print(f.cache_info)
except AttributeError as e:
    print("AttributeError", e)
f.extra = 5; print(f.extra, f.__dict__.get('extra'))
try:
    f()
except TypeError as e:
    print("TypeError", e)
try:
    f([])
except TypeError as e:
    print("TypeError", e)
print(f.__class__.__mro__)
s = staticmethod(f); print(type(f.__get__(None, C)).__name__, f.__get__(None, C) is f)
print(f.__get__(1).__self__, f.__get__(1)(), )

for maxsize in (None, 128):
    @functools.lru_cache(maxsize=maxsize)
    def f(n):
        return 0 if n == 0 else f(n - 1) + 1
    for n in (497, 498, 499):
        f.cache_clear()
        try:
            print(maxsize, n, f(n))
        except RecursionError as e:
            print(maxsize, n, "RecursionError", e)
