# yield from delegates send/throw/close and evaluates to the delegate's return value.
def inner(log):
    try:
        while True:
            try:
                v = yield
            except KeyError as e:
                log.append("inner caught %r" % (e,))
                return "inner result"
            if v is None:
                break
            log.append("inner got %r" % (v,))
        return "normal return"
    finally:
        log.append("inner finally")

def outer(log):
    r = yield from inner(log)
    log.append("outer got " + r)
    r2 = yield from inner(log)
    log.append("outer got " + r2)
    return "outer done"

log = []
g = outer(log)
next(g)
g.send(1)
g.send("two")
g.throw(KeyError("k"))
g.send(3)
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
print(log)

# close() closes the delegate first.
log = []
g = outer(log)
next(g)
g.send(10)
g.close()
print(log)

# throw() not handled by the delegate propagates through both frames.
def level2():
    yield 1
    yield 2

def level1():
    try:
        yield from level2()
    except ValueError as e:
        print("level1 caught", e)
        yield "after"

g = level1()
print(next(g))
print(g.throw(ValueError("deep")))
print(list(g))

# Values and return from plain iterables.
def flat():
    r = yield from [1, 2]
    print("list gives", r)
    r = yield from range(3, 5)
    print("range gives", r)
    r = yield from (x * 10 for x in (1, 2))
    print("genexp gives", r)
    r = yield from "ab"
    print("str gives", r)

print(list(flat()))

# Sending a non-None value into a list iterator delegate fails.
def to_list():
    yield from [1, 2, 3]

g = to_list()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print(e)

# Delegating to an object with send/throw/close methods.
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo finished")
        return self.n
    def send(self, v):
        print("Echo.send", v)
        return v * 2
    def throw(self, e):
        print("Echo.throw", repr(e))
        raise StopIteration("thrown away")
    def close(self):
        print("Echo.close")

def use_echo():
    r = yield from Echo()
    print("use_echo got", r)
    yield "end"

g = use_echo()
print(next(g), g.send(21), next(g))
print(g.throw(IndexError("x")))
g = use_echo()
next(g)
g.close()
g = use_echo()
print(list(g))

# Delegate without a throw method: the exception is raised at the yield from.
class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "nt"

def use_nothrow():
    try:
        yield from NoThrow()
    except TypeError as e:
        print("raised in delegator:", e)
        yield "recovered"

g = use_nothrow()
print(next(g), g.throw(TypeError("tt")))
g.close()

# A delegate generator returning while handling the thrown exception.
def catcher():
    try:
        yield 1
    except ArithmeticError:
        return "caught arith"

def wrap():
    res = yield from catcher()
    yield "wrap saw " + res

g = wrap()
next(g)
print(g.throw(ZeroDivisionError))

# StopIteration raised inside the delegate becomes RuntimeError there (PEP 479).
def bad_inner():
    yield 1
    raise StopIteration("oops")

def bad_outer():
    yield from bad_inner()

try:
    list(bad_outer())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

# yield from a generator already running in the chain.
def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    yield "level %d" % n
    return r + n

def top():
    total = yield from deep(4)
    yield total

print(list(top()))
