# More contextlib edge cases against CPython.
from contextlib import contextmanager, ExitStack, suppress, closing, nullcontext, redirect_stdout
import sys

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

@contextmanager
def cm():
    yield 1

m = cm()
show("exit with class only", lambda: (m.__enter__(), m.__exit__(KeyError, None, None)))
m = cm()
m.__enter__()
show("exit with StopIteration", lambda: m.__exit__(StopIteration, StopIteration("x"), None))

@contextmanager
def raises_stop():
    try:
        yield
    except ValueError:
        raise StopIteration("inside")

try:
    with raises_stop():
        raise ValueError("v")
except Exception as e:
    print("pep479", type(e).__name__, e, type(e.__cause__).__name__)

@contextmanager
def suppress_all():
    try:
        yield
    except BaseException:
        pass

with suppress_all():
    raise KeyboardInterrupt
print("KeyboardInterrupt suppressed")

show("suppress bad arg", lambda: suppress(5).__exit__(KeyError, KeyError(), None))
with suppress(KeyError):
    pass
print("suppress no exception")

def enter_fails():
    class Bad:
        def __enter__(self):
            raise OSError("enter failed")
        def __exit__(self, *a):
            print("never")
    with ExitStack() as s:
        s.callback(print, "cleanup ran")
        s.enter_context(Bad())
show("enter fails", enter_fails)

def exit_raises_after_body():
    class Loud:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            raise RuntimeError("exit failed")
    with ExitStack() as s:
        s.enter_context(Loud())
        raise ValueError("body")
try:
    exit_raises_after_body()
except RuntimeError as e:
    print("RuntimeError", e, "context", repr(e.__context__))

with ExitStack() as outer:
    inner = ExitStack()
    outer.enter_context(inner)
    inner.callback(print, "inner callback")
    outer.callback(print, "outer callback")

s = ExitStack()
s.callback(print, "called by close")
s.close()
s.close()
print("closed twice")

show("push non-callable", lambda: ExitStack().push(5))
show("callback kwargs", lambda: ExitStack().callback(print, sep="-"))

class Closer:
    closed = 0
    def close(self):
        Closer.closed += 1
with closing(Closer()) as c:
    pass
print(Closer.closed, type(c).__name__)
print(nullcontext(5).__enter__(), nullcontext().__exit__(None, None, None))

class W:
    def __init__(self):
        self.got = []
    def write(self, s):
        self.got.append(s)
w = W()
r = redirect_stdout(w)
with r:
    with r:
        print("re-entered")
    print("outer level")
print(w.got, sys.stdout is sys.__stdout__)
print(repr(cm)[:30].startswith("<function cm"), cm.__wrapped__.__name__)
