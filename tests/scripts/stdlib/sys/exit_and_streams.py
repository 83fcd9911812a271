# exit, exc_info/exception, stdout/stderr writes, print(file=...).
import sys

try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", repr(e.code), e.args)
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)

print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("")
sys.stdout.flush()
sys.stdout.writelines(["a\n", "b\n"])
sys.stderr.write("to stderr\n")
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print(repr(sys.stdout), repr(sys.stderr))
print(sys.stdout is sys.__stdout__, sys.stdout.encoding, sys.stdout.isatty())
print("to stderr via print", file=sys.stderr)
print("explicit stdout", file=sys.stdout, flush=True)
print("none file", file=None)

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")

c = Collector()
print("a", 1, None, sep=", ", end="!\n", file=c)
print(file=c, flush=True)
print(c.parts)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError:", e)
old = sys.stdout
sys.stdout = c
print("redirected")
sys.stdout = old
print(c.parts[-2:])
sys.stdout = None
print("dropped")
sys.stdout = old
print("restored")
