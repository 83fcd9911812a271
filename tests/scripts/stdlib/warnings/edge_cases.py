# Edge cases: frames without a usable __name__, odd categories and filters, replaced hooks,
# catch_warnings(module=...), once/module across functions, integer limits.
import warnings, sys, re


class Stderr:
    def write(self, s):
        for line in s.splitlines(True):
            head, sep, rest = line.partition(".py:")
            if sep and not line.startswith(" "):
                line = head.rsplit("/", 1)[-1] + sep + rest
            sys.stdout.write(line)

    def flush(self):
        pass


sys.stderr = Stderr()
def t(f):
    try:
        r = f()
        if r is not None:
            print("->", r)
    except Exception as e:
        print(type(e).__name__, e)

def gen():
    warnings.warn("in generator")
    yield 1
list(gen())

class C:
    warnings.warn("in class body")

g = {}
exec("import warnings\nwarnings.warn('no name')", g)
print(sorted(k for k in g if k != "__builtins__"), g["__warningregistry__"])
g2 = {"__name__": 5}
exec("import warnings\nwarnings.warn('int name')", g2)
g3 = {"__name__": None}
exec("import warnings\nwarnings.warn('None name')", g3)
print("__warningregistry__" in g3)

class MyW(UserWarning):
    def __str__(self):
        return "custom str"
warnings.warn(MyW("x"))

class TwoArgs(UserWarning):
    def __init__(self, a, b):
        super().__init__(a, b)
t(lambda: warnings.warn("one", TwoArgs))

warnings.simplefilter("ignore", 5)
print(warnings.filters[0])
t(lambda: warnings.warn("bad cat filter"))
warnings.resetwarnings()
warnings.filters.append(("always", re.compile("abc"), Warning, None, 0))
warnings.filters.append(("ignore", None, Warning, None, 0))
warnings.warn("abcdef")
warnings.warn("xyz abc")
warnings.resetwarnings()
warnings.showwarning = lambda m: None
t(lambda: warnings.warn("arity"))
warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = lambda *a: 5
t(lambda: warnings.warn("fmt returns int"))
warnings.formatwarning = warnings._formatwarning_orig

import types
fake = types.SimpleNamespace(filters=[], showwarning=None, _showwarnmsg_impl=None, _showwarning_orig=None, _filters_mutated=lambda: None)
cw = warnings.catch_warnings(module=fake)
print(repr(cw).startswith("catch_warnings(module=namespace("))
with cw:
    print(fake.filters)
print(fake.filters)
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once msg")
    warnings.warn("once msg")
def other():
    warnings.warn("once msg")
other()
warnings.simplefilter("module")
def m1():
    warnings.warn("mod msg")
def m2():
    warnings.warn("mod msg")
m1(); m2(); m1()
warnings.resetwarnings()
warnings.warn("empty filters -> default")
warnings.warn("empty filters -> default")
warnings.defaultaction = "always"
warnings.warn("now always")
warnings.warn("now always")
del warnings.defaultaction
warnings.warn("after del defaultaction")
warnings.warn("after del defaultaction")
print(warnings.warn_explicit("x", UserWarning, "a.py", 1, module_globals={"__name__": "m"}))
print(warnings.warn_explicit("x", UserWarning, "a.py", 1, source=None, registry=None, module=None))
t(lambda: warnings.warn_explicit(message="kw", category=UserWarning, filename="k.py", lineno=True))
t(lambda: warnings.warn_explicit("m", UserWarning, "k.py", 2**40))
t(lambda: warnings.warn("big", stacklevel=2**70))
sys.stderr = sys.__stderr__
import math
print(repr(math.__dir__), repr(warnings.__dir__), repr(warnings.warn))
# A module whose registry is None (or not a dict).
warnings.simplefilter("default")
sys.stderr = Stderr()
g4 = {"__name__": "m4", "__warningregistry__": None}
for i in range(2):
    exec("import warnings\nwarnings.warn('no registry: shown each time')", g4)
print(g4["__warningregistry__"])
g5 = {"__name__": "m5", "__warningregistry__": 5}
try:
    exec("import warnings\nwarnings.warn('bad registry')", g5)
except TypeError as e:
    print("TypeError", e)
sys.stderr = sys.__stderr__
