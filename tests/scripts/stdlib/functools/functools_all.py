# functools: partial, reduce, wraps, lru_cache/cache with cache_info, total_ordering,
# cmp_to_key, cached_property, singledispatch, and their errors.
import functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property, singledispatch


def power(base, exp=2, *, mod=None):
    return base ** exp if mod is None else pow(base, exp, mod)


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), cube(2, exp=4), square.func is power, square.args, square.keywords)
p = partial(partial(power, 3), mod=5)
print(p(), p(4), p.func is power, p.args, p.keywords, type(p).__name__)
print(repr(partial(max, 1, key=abs)), callable(p))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), "the quick fox".split(), 0))


def logged(func):
    @wraps(func)
    def inner(*args, **kwargs):
        """inner doc"""
        return func(*args, **kwargs)
    return inner


@logged
def greet(name: str) -> str:
    """Say hello."""
    return "hi " + name


print(greet("x"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__annotations__, greet.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

calls = []


@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * 10


for n in [1, 2, 1, 3, 2, 1, 1]:
    slow(n)
print(calls, slow.cache_info(), slow.cache_parameters())
info = slow.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), type(info).__name__)
slow.cache_clear()
print(slow.cache_info(), slow.__wrapped__(4), slow.__name__)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact.cache_info())


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(1), kind.cache_info())


@lru_cache(maxsize=0)
def nothing(x):
    return x


print(nothing(1), nothing(1), nothing.cache_info())


@lru_cache()
def kw(a, b=1):
    return a + b


print(kw(1), kw(1, b=1), kw(a=1), kw(1), kw.cache_info())


class Account:
    @lru_cache(maxsize=None)
    def rate(self, years):
        return years * 2


acct = Account()
print(acct.rate(3), acct.rate(3), Account.rate.cache_info())


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n

    def __repr__(self):
        return f"V{self.n}"


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), sorted([b, a, Version(0)]), Version.__gt__.__name__)


@total_ordering
class Score:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n


print(Score(1) < Score(2), Score(3) <= Score(2), Score(2) > Score(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)), sorted("bca", key=cmp_to_key(lambda x, y: (x > y) - (x < y))))
K = cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), type(K(1)).__name__)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.__dict__, type(Circle.area).__name__)
del c.area
print(c.area)


@singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: int):
    return "int " + str(x)


@describe.register(list)
def _(x):
    return "list of " + str(len(x))


def for_str(x):
    return "str " + x


describe.register(str, for_str)
print(describe(1), describe(True), describe("s"), describe([1, 2]), describe(2.5), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.registry[object] is describe.dispatch(float), len(describe.registry))

cases = ["reduce(lambda a, b: a, [])", "reduce(1)", "reduce(1, 2, 3, 4)", "reduce(max, 5)", "partial(1)", "partial()",
         "lru_cache('x')", "total_ordering(type('E', (), {}))", "describe()", "describe.register(1, 2)",
         "slow([1])", "K(1) < 5"]
for case in cases:
    try:
        print(case, "->", eval(case))
    except Exception as e:
        print(case, type(e).__name__, e)


class Slots:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1


try:
    Slots().y
except TypeError as e:
    print(e)
try:
    class Twice:
        p = cached_property(lambda self: 1)
        q = p
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
reduce(lambda a, b: a + b, [])
