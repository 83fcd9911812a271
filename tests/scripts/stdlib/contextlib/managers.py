# suppress, closing, nullcontext, redirect_stdout/redirect_stderr, ContextDecorator,
# AbstractContextManager.
import contextlib
import sys
from contextlib import (AbstractContextManager, ContextDecorator, closing, nullcontext,
                        redirect_stderr, redirect_stdout, suppress)

with suppress(KeyError, IndexError):
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)
with suppress(Exception):
    raise ZeroDivisionError
print("suppress ok")

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

with closing(Resource("r1")) as r:
    print("using", r.name)
try:
    with closing(Resource("r2")):
        raise RuntimeError("fail")
except RuntimeError:
    print("closed despite error")

with nullcontext() as n:
    print("null", n)
with nullcontext(42) as n:
    print("null", n)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

buf = Sink()
with redirect_stdout(buf) as target:
    print("hello", "world", sep="-")
    print(1, 2, 3)
    sys.stdout.write("direct\n")
print(target is buf, buf.parts)
err = Sink()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(err.parts)
# Nested redirection restores each level.
a, b = Sink(), Sink()
with redirect_stdout(a):
    print("a1")
    with redirect_stdout(b):
        print("b1")
    print("a2")
print(a.parts, b.parts, sys.stdout is sys.__stdout__)

class mycontext(ContextDecorator):
    def __enter__(self):
        print("Starting")
        return self
    def __exit__(self, *exc):
        print("Finishing", exc[0])
        return False

@mycontext()
def function():
    print("The bit in the middle")
    return 7

print(function())
with mycontext():
    print("as a with")

class Minimal(AbstractContextManager):
    def __exit__(self, *exc):
        print("Minimal exit")

m = Minimal()
with m as got:
    print(got is m)
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)

class Duck:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

print(isinstance(Duck(), AbstractContextManager), isinstance(1, AbstractContextManager))
print(issubclass(Duck, AbstractContextManager), issubclass(type(nullcontext()), AbstractContextManager))

class Bad:
    def close(self):
        raise ValueError("close failed")
try:
    with closing(Bad()):
        pass
except ValueError as e:
    print("ValueError:", e)
