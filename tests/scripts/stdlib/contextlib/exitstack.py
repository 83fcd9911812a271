# ExitStack: order, suppression, exception chaining, pop_all, push, callback, close.
from contextlib import ExitStack, contextmanager

@contextmanager
def named(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)

with ExitStack() as stack:
    names = [stack.enter_context(named(n)) for n in "abc"]
    print(names)

def cb(*args, **kwargs):
    print("callback", args, kwargs)

with ExitStack() as stack:
    got = stack.callback(cb, 1, 2, key="v")
    print(got is cb)
    stack.callback(cb)

# push: an __exit__-style callable, or an object with __exit__.
def exit_cb(exc_type, exc, tb):
    print("exit_cb sees", exc_type.__name__ if exc_type else None)
    return True

with ExitStack() as stack:
    stack.push(exit_cb)
    raise KeyError("suppressed by exit_cb")
print("after suppressed")

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("CM exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.suppress

with ExitStack() as stack:
    pushed = stack.push(CM("pushed"))
    print(type(pushed).__name__)

# pop_all moves the callbacks to a new stack.
with ExitStack() as stack:
    stack.callback(print, "moved callback")
    new = stack.pop_all()
print("outer exited")
new.close()

# Exception chaining: each callback's exception gets the previous one as context.
def raiser(exc):
    def f():
        raise exc
    return f

try:
    with ExitStack() as stack:
        stack.callback(raiser(IndexError("first registered")))
        stack.callback(raiser(KeyError("second registered")))
        raise ValueError("body")
except Exception as e:
    print(type(e).__name__, e)
    ctx = e.__context__
    while ctx is not None:
        print("  context:", type(ctx).__name__, ctx)
        ctx = ctx.__context__

# A suppressing exit after a raising one clears the exception.
with ExitStack() as stack:
    stack.push(CM("suppressor", suppress=True))
    stack.callback(raiser(TypeError("later")))
print("suppressed the callback's error")

# Entering something that is not a context manager.
with ExitStack() as stack:
    try:
        stack.enter_context(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        stack.enter_context(object())
    except TypeError as e:
        print("TypeError:", e)

# Nothing raised: __exit__ returns False.
stack = ExitStack()
print(stack.__enter__() is stack, stack.__exit__(None, None, None))
stack.close()

# Exceptions raised after one was suppressed.
try:
    with ExitStack() as stack:
        stack.callback(raiser(OSError("from callback")))
        stack.push(CM("suppress body", suppress=True))
        raise ValueError("body error")
except OSError as e:
    print("OSError:", e, "context:", repr(e.__context__))
