# `from builtins import x` for a name the module lacks: CPython's IMPORT_FROM ImportError,
# with `name` set to the module and no path.
from builtins import len as L, abs
print(L([1, 2]), abs(-2))


def f():
    from builtins import max
    return max(1, 2)


print(f())
exec("from builtins import min; print(min(3, 4))")
print([k for k in dir(__builtins__) if k.startswith("<")])
exec("print([k for k in __builtins__ if k.startswith('<')])", {})

try:
    from builtins import missing
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path, e.msg, e.args, e.__context__)


def g():
    from builtins import nope


try:
    g()
except ImportError as e:
    print(e)

# ImportError's own keywords.
e = ImportError("m", name="builtins")
print(e.name, e.path, e, repr(e), e.args, e.msg)
e = ImportError("m", "k", path="p")
print(e.name, e.path, e, repr(e), e.args, e.msg)
e = ImportError()
print(e.name, e.path, e, repr(e), e.args, e.msg)
e = ModuleNotFoundError("x", name="y")
print(e.name, e.path, e, repr(e), e.args, e.msg)
e.name = 3
e.path = 4
print(e.name, e.path, e.__dict__)
try:
    ImportError("m", nme=1)
except TypeError as x:
    print(x)


class MyImportError(ImportError):
    pass


e = MyImportError(1, name=2)
print(e.name, e, e.msg)

from builtins import print, nothing_here
