import math, operator, contextlib, itertools, functools, heapq, copy, string, types, datetime, enum
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(math.log, x=1); t(math.sqrt); t(math.sqrt, 1, 2); t(math.pow, 1); t(math.gcd, 1.5); t(math.floor); t(math.isclose, 1); t(math.fsum); t(math.dist, (1,)); t(math.comb, 1); t(math.factorial, -1.0); t(math.ceil, None); t(math.trunc, "a"); t(math.hypot, x=1)
t(operator.attrgetter("a.")); t(operator.attrgetter, "a", 1); t(operator.itemgetter(1), [1], 2); t(operator.methodcaller("x", 1), 5); t(operator.add, 1, 2, 3)
with contextlib.ExitStack() as st:
    t(st.enter_context, 5); t(st.enter_context, object())
with contextlib.suppress(5 if False else KeyError): pass
t(string.Template("$x").substitute, 5)
t(types.SimpleNamespace, {"a": 1}); t(types.SimpleNamespace, 1, 2)
t(datetime.timedelta, "1"); t(datetime.timedelta, days="1"); t(datetime.date.fromordinal, 0); t(datetime.datetime, 2020); t(datetime.time, "1"); t(datetime.timedelta, 1, 2, 3, 4, 5, 6, 7, 8)
t(datetime.date(2020, 1, 1).strftime, 5); t(datetime.datetime.fromtimestamp, "x"); t(datetime.date.today().replace, month=13) if False else None
t(heapq.nsmallest, 1); t(list, heapq.merge([1], 2)); t(copy.deepcopy); t(copy.copy, 1, 2)
t(enum.Enum); t(enum.Enum, "X"); t(enum.Enum, "X", 5); t(enum.auto, 1)
class E(enum.Enum):
    A = 1
t(E); t(E, 1, 2); t(lambda: E.A.value.zz); t(lambda: E.A.zz); t(lambda: E.A.__setattr__("value", 3)); t(setattr, E.A, "name", "x"); t(setattr, E.A, "custom", 1)
print(E.A.custom if hasattr(E.A, "custom") else "nope")
t(functools.partial(print, nope=1)); t(functools.wraps); t(functools.total_ordering, 5)
t(itertools.chain.from_iterable, 5); t(list, itertools.chain.from_iterable([1]))
t(int, E.A) ; t(lambda: E.A < 1)
