import contextlib
from contextlib import ExitStack, contextmanager, suppress, nullcontext, closing, redirect_stdout
import io
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
class CM:
    def __init__(self, n, swallow=False): self.n = n; self.swallow = swallow
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, et, ev, tb): print("exit", self.n, et.__name__ if et else None); return self.swallow
try:
    with ExitStack() as st:
        st.enter_context(CM(1)); st.enter_context(CM(2, swallow=True)); st.enter_context(CM(3))
        raise ValueError("x")
    print("swallowed by 2")
except ValueError: print("not swallowed")
def f1(): raise KeyError("a")
def f2(): raise IndexError("b")
try:
    with ExitStack() as st:
        st.callback(f1); st.callback(f2)
except Exception as e: print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, "inner cb")
    outer.push(inner)
    print("body")
es = ExitStack(); es.callback(print, "closed via close"); es.close()
t(lambda: ExitStack().push(5))
class NoEnter:
    def __exit__(self, *a): pass
t(lambda: ExitStack().enter_context(NoEnter()))
class NoExit:
    def __enter__(self): pass
t(lambda: ExitStack().enter_context(NoExit()))
@contextmanager
def cm_val():
    v = yield 5
    print("sent", v)
with cm_val() as x: print(x)
@contextmanager
def gen_raises_other():
    try: yield
    except ValueError: raise
try:
    with gen_raises_other(): raise ValueError("propagate")
except ValueError as e: print("got", e)
@contextmanager
def after_yield_raise():
    yield
    raise RuntimeError("after")
try:
    with after_yield_raise(): pass
except RuntimeError as e: print(e)
@contextmanager
def stopiter():
    yield
try:
    with stopiter(): raise StopIteration("x")
except StopIteration as e: print("SI", repr(e))
c = cm_val(); c.__enter__(); t(c.__exit__, None, None, None)
with suppress(ZeroDivisionError) as s: print(s)
t(lambda: suppress(KeyError).__exit__(KeyError, KeyError("k"), None))
t(lambda: suppress(KeyError).__exit__(None, None, None))
with redirect_stdout(io.StringIO()) as buf:
    print("inner")
print(repr(buf.getvalue()))
with nullcontext("x") as a, nullcontext("y") as b: print(a, b)
print(contextlib.AbstractContextManager.__subclasshook__(CM), issubclass(CM, contextlib.AbstractContextManager), issubclass(NoEnter, contextlib.AbstractContextManager))
class Dec(contextlib.ContextDecorator):
    def __enter__(self): print("D enter"); return self
    def __exit__(self, *e): print("D exit"); return False
@Dec()
def decorated(x): print("call", x); return x * 2
print(decorated(3))
