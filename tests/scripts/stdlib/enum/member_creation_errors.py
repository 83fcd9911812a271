# An error raised while a member is made is what the class statement raises (audit 11, E1/E2).
import enum
from enum import Enum, IntEnum, StrEnum, Flag


def attempt(src):
    try:
        exec(src, {"Enum": Enum, "IntEnum": IntEnum, "StrEnum": StrEnum, "Flag": Flag})
        print("ok")
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)


attempt("class S(StrEnum):\n A = 1")
attempt("class S2(StrEnum):\n A = ('a', 'b', 'c', 'd')")
attempt("class I(IntEnum):\n A = 'x'")
attempt("class P(Enum):\n A = 1\n def __init__(self, v):\n  raise ValueError('init fail')")
attempt("class Q(Enum):\n A = (1, 2)\n def __init__(self, a):\n  pass")
attempt("class Fl(Flag):\n A = 'x'")
attempt("class R(Enum):\n A = 1\n def __init__(self, v):\n  raise RuntimeError('plain')")
attempt("class OK(Enum):\n A = 1")


@enum.global_enum
class GE(IntEnum):
    X = 1
    Y = 2


print(repr(GE.X), str(GE.Y), X, Y, GE(2))
