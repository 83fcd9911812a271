# The deepest data each operation handles before RecursionError, found by bisection. Native
# recursion over nested data (comparison, repr, str, isinstance) shares the recursion limit with
# Python frames, as in CPython 3.11, so the limits match CPython's level for level.
class K: pass
TOP = 1100

def nest(wrap, leaf):
    x = leaf
    for i in range(TOP):
        x = wrap(x)
    return x

# Each structure is built once, TOP deep, twice; a shallower one is reached by unwrapping
# (which allocates nothing, so gc-zeal mode stays quick).
LISTS = [nest(lambda x: [x], []) for _ in range(2)]
INT_LISTS = [nest(lambda x: [x], [1]) for _ in range(2)]
TUPLES = [nest(lambda x: (x,), ()) for _ in range(2)]
DICTS = [nest(lambda x: {1: x}, {}) for _ in range(2)]
FROZENSETS = [nest(lambda x: frozenset([x]), frozenset()) for _ in range(2)]
CLASSES = nest(lambda x: (x,), K)

def unwrap(x, n, step):
    for i in range(TOP - n):
        x = step(x)
    return x

def first(x):
    return x[0]

def nest_list(n, copy=0):
    return unwrap(LISTS[copy], n, first)
def nest_tuple(n, copy=0):
    return unwrap(TUPLES[copy], n, first)
def nest_dict(n, copy=0):
    return unwrap(DICTS[copy], n, lambda d: d[1])
def nest_fs(n, copy=0):
    return unwrap(FROZENSETS[copy], n, lambda s: next(iter(s)))
def nest_cls(n):
    return unwrap(CLASSES, n, first)
def nest_int_list(n, copy=0):
    return unwrap(INT_LISTS[copy], n, first)

def ok(f, n):
    try:
        f(n)
        return True
    except RecursionError:
        return False

def threshold(f):
    lo, hi = 300, TOP
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if ok(f, mid):
            lo = mid
        else:
            hi = mid - 1
    return lo

ops = [
    ("list ==", lambda n: nest_list(n) == nest_list(n, 1)),
    ("list <", lambda n: nest_list(n) < nest_list(n, 1)),
    ("int list ==", lambda n: nest_int_list(n) == nest_int_list(n, 1)),
    ("int list <", lambda n: nest_int_list(n) < nest_int_list(n, 1)),
    ("tuple ==", lambda n: nest_tuple(n) == nest_tuple(n, 1)),
    ("tuple !=", lambda n: nest_tuple(n) != nest_tuple(n, 1)),
    ("dict ==", lambda n: nest_dict(n) == nest_dict(n, 1)),
    ("frozenset ==", lambda n: nest_fs(n) == nest_fs(n, 1)),
    ("in list", lambda n: nest_list(n) in [nest_list(n, 1)]),
    ("isinstance", lambda n: isinstance(1, nest_cls(n))),
    ("issubclass", lambda n: issubclass(int, nest_cls(n))),
    ("repr list", lambda n: repr(nest_list(n))),
    ("repr int list", lambda n: repr(nest_int_list(n))),
    ("repr tuple", lambda n: repr(nest_tuple(n))),
    ("repr dict", lambda n: repr(nest_dict(n))),
    ("repr frozenset", lambda n: repr(nest_fs(n))),
    ("str list", lambda n: str(nest_list(n))),
    ("fstring", lambda n: f"{nest_list(n)}"),
    ("format", lambda n: format(nest_list(n))),
]
for name, f in ops:
    print(name, threshold(f))

def deeper(k, name, f):
    if k == 0:
        return threshold(f)
    return deeper(k - 1, name, f)
print("list == 100 frames deeper", deeper(100, "x", ops[0][1]))
print("repr 100 frames deeper", deeper(100, "x", ops[11][1]))
