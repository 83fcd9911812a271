import contextlib
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, AbstractContextManager
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("a") as v: print(v)
try:
    with tag("b"): raise ValueError("boom")
except ValueError as e: print("caught", e)
@contextmanager
def swallow():
    try: yield
    except KeyError as e: print("swallowed", repr(e))
with swallow(): raise KeyError("k")
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def reraise():
    try: yield
    except ZeroDivisionError: raise ValueError("converted")
try:
    with reraise(): 1/0
except ValueError as e: print(e, type(e.__context__).__name__)
with suppress(KeyError, IndexError): [][1]
print("after suppress")
try:
    with suppress(KeyError): 1/0
except ZeroDivisionError: print("not suppressed")
class Res:
    def close(self): print("closed")
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as n: print(n)
with nullcontext() as n: print(n)
with ExitStack() as st:
    for i in range(3):
        st.callback(print, "cb", i)
    st.enter_context(tag("x"))
    print("body")
with ExitStack() as st:
    st.callback(print, "never")
    st.pop_all()
print("popped")
def raiser(): raise KeyError("from cb")
try:
    with ExitStack() as st:
        st.callback(raiser)
        raise ValueError("orig")
except KeyError as e: print(repr(e), repr(e.__context__))
with ExitStack() as st:
    @st.push
    def ex(et, ev, tb): print("exit cb", et); return True
    raise IndexError
print("suppressed by push")
buf = io.StringIO()
with redirect_stdout(buf): print("hidden")
print(repr(buf.getvalue()))
print(repr(suppress(KeyError))[:30], repr(nullcontext(1))[:30])
try:
    with ExitStack() as st: st.enter_context(5)
except TypeError as e: print(e)
@contextmanager
def cm(): yield
f = cm()
print(type(f).__name__)
@tag("deco")
def decorated(): print("inside")
decorated()
class MyCM(AbstractContextManager):
    def __exit__(self, *a): print("myexit")
with MyCM() as m: print(type(m).__name__)
print(isinstance(nullcontext(), AbstractContextManager))
with contextlib.redirect_stderr(io.StringIO()): pass
with contextlib.chdir if False else nullcontext(): pass
try:
    with suppress(): raise ValueError("none")
except ValueError as e: print("suppress() none", e)
@contextmanager
def gen_stop():
    yield
try:
    with gen_stop(): raise StopIteration("si")
except StopIteration as e: print("SI", e)
