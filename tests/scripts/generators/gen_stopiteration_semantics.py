# StopIteration and generators: next() with defaults, return values, PEP 479, laziness.
def two():
    yield 1
    yield 2
    return "ret"

g = two()
print(next(g), next(g), next(g, "default"), next(g, None))
g = two()
print(list(g), list(g))
g = two()
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("value", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)

def ret_none():
    return
    yield

try:
    next(ret_none())
except StopIteration as e:
    print("empty return", e.value, e.args)

def ret_tuple():
    return (1, 2)
    yield

try:
    next(ret_tuple())
except StopIteration as e:
    print("tuple return", e.value, e.args)

# StopIteration escaping a generator body becomes RuntimeError (PEP 479).
def leaky():
    it = iter([])
    yield next(it)

try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)

def raises_subclass():
    class MyStop(StopIteration):
        pass
    raise MyStop
    yield

try:
    next(raises_subclass())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)

# Catching StopIteration inside the generator is fine.
def careful():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "exhausted"
        yield v

print(list(careful()))

# A generator expression evaluates its first iterable immediately, the rest lazily.
def source(tag, n):
    print("  source", tag, "called")
    return range(n)

ge = (x * y for x in source("outer", 2) for y in source("inner", 2))
print("created")
print(list(ge))

try:
    ge = (x for x in 5)
except TypeError as e:
    print("eager error:", e)

ge = (1 / x for x in [1, 0])
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("lazy error:", e)
print(next(ge, "finished after error"))

# Conditions are evaluated per item, lazily.
def noisy(x):
    print("  test", x)
    return x % 2 == 0

ge = (x for x in range(5) if noisy(x))
print(next(ge))
print(next(ge))

# Generator states.
def states():
    yield 1

g = states()
print(g.gi_running, g.gi_yieldfrom)
next(g)
print(list(g), next(g, "done"))

# Exceptions in a generator expression propagate to the consumer.
try:
    sum(int(s) for s in ["1", "x"])
except ValueError as e:
    print("consumer saw:", e)

# A finished generator stays finished after an exception.
def boom():
    yield 1
    raise KeyError("boom")
    yield 2

g = boom()
next(g)
try:
    next(g)
except KeyError as e:
    print("raised", e)
print(next(g, "stays finished"))

# send() protocol errors.
def receiver():
    while True:
        got = yield
        print("  received", got)

r = receiver()
try:
    r.send(1)
except TypeError as e:
    print(e)
r.send(None)
r.send("hello")
r.close()
try:
    r.send("late")
except StopIteration:
    print("send after close: StopIteration")
