# The default filters of a normal run, and the default stderr text (paths cut to the file
# name: CPython shows the script's absolute path).
import sys
import warnings


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
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry, sys.warnoptions)
for f in warnings.filters:
    print(type(f).__name__, len(f), f[0], f[3])

warnings.warn("plain user warning")
warnings.warn("deprecated in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("runtime", RuntimeWarning)
warnings.warn("future", FutureWarning)
warnings.warn("syntax", SyntaxWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("unicode", UnicodeWarning)
warnings.warn("encoding", EncodingWarning)


def f():
    warnings.warn("inside a function")


for i in range(3):
    f()  # "default": once per location
    warnings.warn("in the loop")

# DeprecationWarning outside __main__ is ignored.
code = compile('import warnings\nwarnings.warn("from mod", DeprecationWarning)\nwarnings.warn("user from mod")\n', "mod.py", "exec")
g = {"__name__": "mod"}
exec(code, g)
print(sorted(k for k in g if k != "__builtins__"))
print(g["__warningregistry__"])


class MyWarning(UserWarning):
    pass


warnings.warn("custom", MyWarning)
warnings.warn(MyWarning("an instance"))
warnings.warn(UserWarning("instance wins"), RuntimeWarning)
warnings.warn(42)
warnings.warn(None)
print("__warningregistry__" in globals())
reg = globals()["__warningregistry__"]
print(reg["version"], len(reg))
