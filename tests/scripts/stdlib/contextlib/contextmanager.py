# @contextmanager: values, exceptions thrown into the generator, and its RuntimeErrors.
from contextlib import contextmanager

@contextmanager
def tag(name):
    """Wraps output in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("inside", t)
print(tag.__name__, tag.__doc__)
print(type(tag("x")).__name__)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("boom")
print("after swallow")

@contextmanager
def passthrough():
    yield

try:
    with passthrough():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def yields_after_throw():
    try:
        yield
    except ZeroDivisionError:
        yield

try:
    with yields_after_throw():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def converts():
    try:
        yield
    except TypeError as e:
        raise ValueError("converted") from e

try:
    with converts():
        raise TypeError("original")
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))

# StopIteration raised in the body propagates (it is not the generator's end).
@contextmanager
def plain():
    yield

try:
    with plain():
        raise StopIteration("body")
except StopIteration as e:
    print("StopIteration escaped:", e)

@contextmanager
def reraises_runtime():
    try:
        yield
    except RuntimeError:
        raise

try:
    with reraises_runtime():
        raise RuntimeError("same")
except RuntimeError as e:
    print("RuntimeError escaped:", e)

# Used as a decorator: a fresh generator each call.
@tag("deco")
def work(n):
    print("work", n)
    return n * 10

print(work(1), work(2))

# One-shot: entering the same manager twice fails.
cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)

# Arguments are passed through.
@contextmanager
def args(*a, **k):
    yield a, k

with args(1, 2, x=3) as got:
    print(got)

# An exception in the generator before its yield.
@contextmanager
def fails_early():
    raise OSError("setup failed")
    yield

try:
    with fails_early():
        print("never")
except OSError as e:
    print("OSError:", e)

# The generator raising during cleanup replaces the body's exception.
@contextmanager
def cleanup_fails():
    try:
        yield
    finally:
        raise IndexError("cleanup")

try:
    with cleanup_fails():
        raise KeyError("body")
except IndexError as e:
    print("IndexError:", e, "context:", repr(e.__context__))
