# Operations over data nested far past the recursion limit end with CPython's RecursionError
# message for the operation (and leave the interpreter usable); shallow data works as usual.
# Hashing a tuple is not guarded by a depth in CPython: nested 3,000 deep it still succeeds.
# (Data nested a million deep is tested by tests/native_recursion.rs; gc-zeal mode makes
# deep data slow here.)
class K:
    pass

def build(kind, depth):
    x = K if kind == "classes" else 0
    for i in range(depth):
        if kind == "list":
            x = [x]
        elif kind == "tuple":
            x = (x,)
        elif kind == "dict":
            x = {"k": x}
        elif kind == "frozenset":
            x = frozenset([x])
        else:
            x = (x, K)
    return x

def attempt(label, f):
    try:
        r = f()
        if isinstance(r, str):
            r = len(r)
        print(label, "->", r)
    except RecursionError as e:
        print(label, "-> RecursionError:", e)

for depth in [3, 100, 1500]:
    print("== depth", depth)
    for kind in ["list", "tuple", "dict", "frozenset"]:
        x = build(kind, depth)
        y = build(kind, depth)
        attempt(kind + " ==", lambda: x == y)
        attempt(kind + " !=", lambda: x != y)
        attempt(kind + " in", lambda: x in [y])
        attempt(kind + " repr", lambda: repr(x))
        attempt(kind + " str", lambda: str(x))
        attempt(kind + " f-string", lambda: f"{x}")
        attempt(kind + " format", lambda: format(x))
        attempt(kind + " ascii", lambda: ascii(x))
        if kind in ("list", "tuple"):
            attempt(kind + " <", lambda: x < y)
            attempt(kind + " >=", lambda: x >= y)
    classes = build("classes", depth)
    attempt("isinstance", lambda: isinstance(1, classes))
    attempt("isinstance K()", lambda: isinstance(K(), classes))
    attempt("issubclass", lambda: issubclass(int, classes))
    attempt("issubclass K", lambda: issubclass(K, classes))

# hash of nested tuples and frozensets: no depth limit in CPython
t3000 = build("tuple", 3000)
print("hash 3000", hash(t3000))
attempt("set of equal nested tuples 3000", lambda: len({t3000, build("tuple", 3000)}))
for depth in [10, 1000]:
    t = build("tuple", depth)
    f = build("frozenset", depth)
    print("hash", depth, hash(t) == hash(build("tuple", depth)), hash(f) == hash(build("frozenset", depth)))
    attempt("set of equal nested tuples " + str(depth), lambda: len({t, build("tuple", depth)}))

# print of deep data: nothing is printed, the error is caught
deep = build("list", 1500)
try:
    print(deep)
except RecursionError as e:
    print("print:", e)
print("still fine:", [[1, 2], (3,)] == [[1, 2], (3,)], repr(build("list", 5)))

# the last one is uncaught
x = build("list", 1500)
print(x == build("list", 1500))
