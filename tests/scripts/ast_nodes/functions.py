# FunctionDef, arguments, arg, Lambda, Return, Call, keyword, Yield, YieldFrom, Global,
# Nonlocal, decorators.
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)


print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7, **{"y": 8}))
square = lambda v, w=2: v ** w
print(square(3), square(2, w=5), (lambda: "no args")())
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
print(bump())


def outer():
    total = 0

    def inner(k):
        nonlocal total
        total += k
        return total

    inner(2)
    return inner(3)


print(outer())


def gen():
    got = yield 1
    yield got
    yield from range(2)
    return "done"


it = gen()
print(next(it), it.send("sent"), next(it), next(it))
try:
    next(it)
except StopIteration as stop:
    print("returned", stop.value)


def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper


@deco
def hello(who="world"):
    return "hello " + who


print(hello(), hello(who="you"))
print(f.__name__, hello.__name__, (lambda: 0).__name__)
