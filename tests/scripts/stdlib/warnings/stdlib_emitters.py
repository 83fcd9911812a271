# The warnings pyrite's own modules issue where CPython 3.11's do, and which frame they
# are attributed to (the script's, or the library's: then DeprecationWarning is ignored by
# default).
import argparse
import enum
import hmac
import logging
import random
import typing
import warnings


def report(w):
    for x in w:
        mine = x.filename.endswith("stdlib_emitters.py")
        print(" ", x.category.__name__, repr(str(x.message)), x.lineno if mine else "library")


def record(label, fn):
    print(label)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = fn()
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
    print(" ", r)
    report(w)


logging.basicConfig(format="%(levelname)s:%(message)s", stream=__import__("sys").stdout)
log = logging.getLogger("x")
record("Logger.warn", lambda: log.warn("via warn"))
record("logging.warn", lambda: logging.warn("module warn"))
record("LoggerAdapter.warn", lambda: logging.LoggerAdapter(log, {}).warn("adapter"))

r = random.Random(5)
record("randrange(10.0)", lambda: r.randrange(10.0))
record("randrange(1.5)", lambda: r.randrange(1.5))
record("randrange(0, 10.0)", lambda: r.randrange(0, 10.0))
record("randrange(0, 10, 2.0)", lambda: r.randrange(0, 10, 2.0))
record("randint(1.0, 3)", lambda: r.randint(1.0, 3))


class Color(enum.Enum):
    RED = 1


record("1 in Color", lambda: 1 in Color)
record("Color.RED in Color", lambda: Color.RED in Color)


def make_inner():
    class Outer(enum.Enum):
        A = 1

        class Inner:
            pass
    return list(Outer)


record("class inside an enum", make_inner)


def unsortable():
    class E(enum.Enum):
        A = "x"
        B = 1
        C = enum.auto()
    return [(m.name, m.value) for m in E]


record("auto() after unsortable values", unsortable)
record("TypedDict kwargs", lambda: typing.TypedDict("TD", x=int).__annotations__)


def nested_groups():
    p = argparse.ArgumentParser(prog="p")
    g = p.add_argument_group("g")
    g.add_argument_group("inner")
    m = p.add_mutually_exclusive_group()
    m.add_mutually_exclusive_group()
    return "ok"


record("nested argparse groups", nested_groups)


def intermixed():
    p = argparse.ArgumentParser(prog="p")
    p.add_argument("--x")
    p.add_argument("rest", nargs="*")
    return p.parse_intermixed_args(["--x", "1"])


record("parse_intermixed_args", intermixed)


class NoBlock:
    digest_size = 4

    def __init__(self, d=b""):
        pass

    def update(self, m):
        pass

    def copy(self):
        return self

    def digest(self):
        return b"abcd"


class SmallBlock(NoBlock):
    block_size = 8


record("hmac without block_size", lambda: hmac.new(b"k", digestmod=NoBlock).block_size)
record("hmac with a small block_size", lambda: hmac.new(b"k", digestmod=SmallBlock).block_size)

# Default filters: which of these show (stderr goes to stdout here).
import sys


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
log.warn("default filters: shown, in __main__")
r.randint(1.0, 3)
print(1 in Color if False else "contains:", end=" ")
try:
    1 in Color
except TypeError as e:
    print(e)
sys.stderr = sys.__stderr__
