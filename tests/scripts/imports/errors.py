# Import errors as CPython 3.11 reports them, for modules that exist nowhere (pyrite imports
# only what the host registered, plus the builtins module).


def show(src):
    try:
        exec(src, {"__name__": "__main__"})
    except Exception as e:
        print(src, "->", type(e).__name__, e)
    else:
        print(src, "-> ok")


show("import nope")
show("import nope as n")
show("import nope.sub")
show("import nope.sub as s")
show("from nope import x")
show("from nope.sub import x")
show("from builtins import nope")
show("from builtins import len, nope")
show("from builtins import (len as L,\n    nope as N)")
show("import builtins.x")
show("import builtins.x as y")
show("from builtins.x import y")
show("from . import x")
show("from .a import b")
show("from .. import x")
show("from .builtins import len")
show("import builtins, nope")

# Where the error is raised: a module not found is ModuleNotFoundError, a subclass of
# ImportError; a name not found is a plain ImportError.
for src in ["import nope", "from builtins import nope"]:
    try:
        exec(src)
    except ImportError as e:
        print(type(e).__name__, isinstance(e, ModuleNotFoundError), e.args)

# Imports inside functions, classes and loops fail the same way each time.
def f():
    import nope


for i in range(2):
    try:
        f()
    except ModuleNotFoundError as e:
        print(i, e)


class C:
    try:
        from builtins import nope
    except ImportError as e:
        msg = str(e)


print(C.msg)

# A failed import binds nothing.
try:
    from builtins import len as my_len, nope
except ImportError:
    pass
print("my_len" in globals())

# `import *` is allowed only in module code.
for src in ["def f():\n    from builtins import *\n", "class C:\n    from builtins import *\n",
            "def f():\n    class C:\n        from builtins import *\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_offset)

# __import__ checks its arguments as CPython does.
for args, kw in [((1,), {}), (("builtins",), {"level": -1}), (("x", None, None, (), 1), {}),
                 (("",), {}), (("builtins", {}, {}, None, 0, 5), {}), ((), {}),
                 (("builtins",), {"nope": 1}), (("builtins",), {"name": "x"}),
                 (("builtins", {}, {}, (), 1), {}), (("builtins", {"__package__": 3}, {}, (), 1), {}),
                 (("builtins", {"__package__": "a"}, {}, (), 2), {}),
                 (("builtins", {"__package__": "a.b"}, {}, (), 2), {}),
                 (("builtins", {"__name__": "a.b"}, {}, (), 1), {}),
                 (("builtins", None, None, (), 1.0), {}), (("builtins",), {"level": 2**40}),
                 (("nope",), {}), (("builtins.x",), {})]:
    try:
        print(__import__(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

import nope.sub
