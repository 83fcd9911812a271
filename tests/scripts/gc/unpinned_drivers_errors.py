# Exceptions raised mid-iteration by generators, key functions and map/filter callbacks inside
# the per-item drivers: the error propagates, the state seen afterwards matches CPython, and
# the drivers stay usable.

class Boom(Exception):
    pass

def gen(n, fail_at):
    for i in range(n):
        junk = [[i] * 4 for _ in range(3)]
        if i == fail_at:
            raise Boom("gen %d" % i)
        yield (i, junk)

def key_fail(at):
    def k(x):
        junk = {x: [x] * 3}
        if x == at:
            raise Boom("key %r" % (x,))
        return -x
    return k

def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Boom as e:
        print(label, "Boom", e)
    except (TypeError, ValueError, StopIteration, RuntimeError) as e:
        print(label, type(e).__name__, e)

attempt("list", lambda: list(gen(10, 5)))
attempt("tuple", lambda: tuple(gen(10, 0)))
attempt("sum", lambda: sum(t[0] for t in gen(10, 7)))
attempt("max", lambda: max(gen(10, 9)))
attempt("min key", lambda: min(range(10), key=key_fail(4)))
attempt("max key", lambda: max([3, 1, 2], key=key_fail(1)))
attempt("sorted key", lambda: sorted(range(10), key=key_fail(6)))
attempt("sorted gen", lambda: sorted(gen(10, 3)))
attempt("any", lambda: any(t[0] > 100 for t in gen(10, 8)))
attempt("all", lambda: all(t[0] < 100 for t in gen(10, 2)))
attempt("join", lambda: "".join(str(t[0]) for t in gen(10, 4)))
attempt("join type", lambda: "".join(x for x in ["a", "b", 3]))
attempt("join noniter", lambda: "".join(5))
attempt("map", lambda: list(map(key_fail(3), range(10))))
attempt("filter", lambda: list(filter(key_fail(2), range(10))))
attempt("zip", lambda: list(zip(range(5), gen(5, 3))))
attempt("zip strict short", lambda: list(zip(range(3), range(4), strict=True)))
attempt("zip strict long", lambda: list(zip(range(4), range(3), strict=True)))
attempt("zip strict first", lambda: list(zip(range(3), map(key_fail(99), range(4)), strict=True)))
attempt("enumerate", lambda: list(enumerate(gen(5, 4), 100)))
attempt("sum types", lambda: sum([1, 2, "x"]))
attempt("sum str", lambda: sum(["a"], ""))
attempt("max empty", lambda: max(x for x in []))
attempt("min empty default", lambda: min((x for x in []), default="d"))
attempt("max default multi", lambda: max(1, 2, default=0))
attempt("max none", lambda: max())
attempt("min noniter", lambda: min(5))
attempt("sorted kw", lambda: sorted([1], bad=1))
attempt("sorted reverse", lambda: sorted(gen(4, 99), key=lambda t: t[0], reverse=1))

# A generator that is half consumed by a failing driver can be resumed afterwards.
g = gen(10, 99)
attempt("partial", lambda: sum(t[0] if t[0] < 3 else key_fail(3)(t[0]) for t in g))
print(next(g)[0], list(t[0] for t in g))

# StopIteration from a map callback ends a plain loop over it, as in CPython.
def stopper(x):
    if x == 3:
        raise StopIteration
    return x
print(list(map(stopper, range(10))))

# A generator raising StopIteration becomes RuntimeError inside the drivers too.
def bad_gen():
    yield 1
    raise StopIteration
attempt("pep479", lambda: list(bad_gen()))

# A user iterator whose __next__ churns and finally raises.
class It:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        junk = [[self.i]] * 5
        if self.i > self.n:
            raise StopIteration
        if self.i == 7:
            raise Boom("It 7")
        return self.i
print(sum(It(5)), list(It(4)), max(It(6)), sorted(It(3), key=lambda x: -x))
attempt("user next", lambda: list(It(10)))
attempt("uncaught", lambda: 0)
print(max(map(lambda t: t[0], gen(10, 6))))
