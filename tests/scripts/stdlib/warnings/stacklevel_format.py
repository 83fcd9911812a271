# stacklevel picking the caller's file and line; the default text on sys.stderr with the
# source line; formatwarning/showwarning called and replaced; file=; source=.
import sys
import warnings


class Stderr:
    """Writes to stdout with paths cut to the file name (CPython shows absolute paths)."""

    def write(self, s):
        for line in s.splitlines(True):
            head, sep, rest = line.partition(".py:")
            if sep and not line.startswith(" "):
                line = head.rsplit("/", 1)[-1] + sep + rest
            sys.stdout.write(line)

    def flush(self):
        pass


sys.stderr = Stderr()
warnings.simplefilter("always")


def level(n):
    warnings.warn(f"level {n}", stacklevel=n)


def outer(n):
    level(n)  # outer's line


level(1)
level(2)
outer(3)
outer(4)
outer(50)
level(0)
level(-3)
print(sys.__dict__.get("__warningregistry__"))


def in_lambda():
    return [warnings.warn("comprehension") for _ in range(1)]


in_lambda()
x = (1,
     warnings.warn("multi-line expression") is None)

print(repr(warnings.formatwarning("fmt", UserWarning, "f.py", 3)))
print(repr(warnings.formatwarning("fmt", UserWarning, "f.py", 3, line="   given line  ")))
print(repr(warnings.formatwarning("fmt", UserWarning, "f.py", 3, line="")))
print(repr(warnings.formatwarning(ValueError("v"), RuntimeWarning, "<string>", 0)))
warnings.showwarning("shown directly", UserWarning, "g.py", 10)
warnings.showwarning("to a file", UserWarning, "g.py", 10, file=sys.stdout, line="L")


class Sink:
    def write(self, s):
        print("sink got", repr(s))


warnings.showwarning("to a sink", FutureWarning, "h.py", 1, Sink())
warnings.warn("with a source", ResourceWarning, source=object())

old = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: f"custom: {c.__name__} {m} {line!r}\n"
warnings.warn("custom format")
warnings.formatwarning = old
warnings.showwarning = lambda *a: print("replaced showwarning got", len(a), a[0], a[4], a[5])
warnings.warn("custom show")
warnings.showwarning = warnings._showwarning_orig

sys.stderr = None
warnings.warn("lost: stderr is None")
sys.stderr = Stderr()
warnings._deprecated("thing", remove=(3, 13))
try:
    warnings._deprecated("old", remove=(3, 10))
except RuntimeError as e:
    print(e)
warnings.warn("done")
sys.stderr = sys.__stderr__
