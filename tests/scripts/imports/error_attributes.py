# ImportError's name, path and msg, as the import statement sets them and as the constructor
# takes them.
for src in ["import nope", "import nope.x", "from nope import y", "from builtins import nope",
            "import builtins.q", "from . import x", "from builtins import *"]:
    try:
        exec(src, {"__name__": "__main__"})
        print(src, "ok")
    except ImportError as e:
        print(src, "->", type(e).__name__, repr(e.name), e.path, repr(e.msg))

e = ImportError("a", "b")
print(e.msg, e.name, e.path, e.args)
e = ImportError("only", name="mod", path="/where")
print(e.msg, e.name, e.path, e.args, str(e))
e.name = "q"
e.path = "/p"
print(e.name, e.path)
e = ModuleNotFoundError(name="m")
print(repr(e.msg), e.name, e.args)
for kw in [{"foo": 1}, {"name": "x", "bar": 2}]:
    try:
        ModuleNotFoundError("x", **kw)
    except TypeError as t:
        print(t)
try:
    ValueError("x", name="n")
except TypeError as t:
    print(t)
