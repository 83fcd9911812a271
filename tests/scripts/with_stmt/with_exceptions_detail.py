# Exceptions flowing through with blocks: what __exit__ receives, suppression, chaining.
class Rec:
    def __init__(self, ret=None):
        self.ret = ret
        self.seen = None
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        self.seen = (typ, val)
        return self.ret

r = Rec()
try:
    with r:
        raise ValueError("v1")
except ValueError as e:
    print("propagated", e, r.seen[0].__name__, r.seen[1] is e)

r = Rec(ret=1)
with r:
    {}["missing"]
print("suppressed", r.seen[0].__name__, repr(r.seen[1]))

r = Rec(ret="")
try:
    with r:
        [][1]
except IndexError as e:
    print("falsy str does not suppress", e)

class Truthy:
    def __bool__(self):
        print("bool called")
        return True

r = Rec(ret=Truthy())
with r:
    raise TypeError("t")
print("suppressed by __bool__", r.seen[0].__name__)

class BadBool:
    def __bool__(self):
        raise RuntimeError("bad bool")

r = Rec(ret=BadBool())
try:
    with r:
        raise TypeError("orig")
except RuntimeError as e:
    print("bool error", e, "context:", repr(e.__context__))

# Exception while storing the as-target reaches __exit__.
class Pair:
    def __enter__(self):
        return (1, 2, 3)
    def __exit__(self, t, v, tb):
        print("exit got", t.__name__ if t else None)
        return False

try:
    with Pair() as (a, b):
        print("not reached")
except ValueError as e:
    print("unpack error", e)

with Pair() as (a, b, c):
    print("tuple target", a, b, c)

class Holder:
    pass

h = Holder()
d = {}
with Pair() as h.attr:
    pass
with Pair() as d["k"]:
    pass
print(h.attr, d)

# __exit__ raising replaces the exception; the original is its context.
class Raiser:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise LookupError("exit failed")

try:
    with Raiser():
        raise ValueError("inner")
except LookupError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)

# Handled exception inside __exit__ is visible to bare raise.
class Reraiser:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            raise

try:
    with Reraiser():
        raise KeyError("again")
except KeyError as e:
    print("bare raise in exit", repr(e))

# Nested: inner suppresses, outer sees nothing.
outer, inner = Rec(), Rec(ret=True)
with outer:
    with inner:
        raise ValueError("x")
    print("after inner")
print(outer.seen, inner.seen[0].__name__)

# Exception from __enter__ does not call __exit__.
class BadEnter:
    def __enter__(self):
        raise OverflowError("enter")
    def __exit__(self, *a):
        print("never")

try:
    with Rec() as first, BadEnter():
        pass
except OverflowError as e:
    print("enter failed", e, first.seen[0].__name__)

# __enter__/__exit__ are looked up on the type, not the instance.
class OnType:
    def __enter__(self):
        return "type enter"
    def __exit__(self, *a):
        print("type exit")

o = OnType()
o.__enter__ = lambda: "instance enter"
with o as v:
    print(v)

# Missing protocol methods.
class NoExit:
    def __enter__(self):
        return self

for obj in (NoExit(), 42, "s", None):
    try:
        with obj:
            pass
    except TypeError as e:
        print(e)
