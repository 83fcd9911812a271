import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
class C(Enum):
    A = 1
    B = 2
t(C, 3); t(C, "A"); t(C.__getitem__, 1); t(lambda: C.Z); t(lambda: C.A.Z); t(lambda: C.A < C.B); t(lambda: C.A + 1)
t(Enum, "X", "A B", start=10); t(lambda: list(Enum("X", "A B", start=10))); t(lambda: Enum("Y", "A,B")); t(lambda: list(Enum("Y", "A,B")))
t(lambda: list(IntEnum("Z", ["a", "b"])))
class S3(StrEnum):
    UPPER = auto()
    lower = "Lo"
print(list(S3), S3.UPPER.value, format(S3.lower, ">5"), S3.lower.casefold())
class Mix(int, Enum):
    A = 1
print(Mix.A, repr(Mix.A), str(Mix.A), format(Mix.A), f"{Mix.A}", Mix.A + 1)
class FE(float, Enum):
    X = 1.5
print(FE.X, repr(FE.X), f"{FE.X}", str(FE.X))
class IE(IntEnum):
    A = 1
print(str(IE.A), format(IE.A, "03d"), f"{IE.A:x}", IE.A.real, IE(True) if False else "")
class Fl(Flag):
    A = 1
    B = 2
    C = 4
print(Fl(0), Fl(3), Fl.A | Fl.C, Fl(7), ~Fl(7), ~Fl(0), Fl.A ^ Fl.B, Fl(3) & Fl.B, Fl.A in Fl(3), list(Fl(5)), Fl(5) == Fl.A | Fl.C, [m.name for m in Fl], Fl.__members__.keys())
t(lambda: Fl.A | 1); t(lambda: Fl(8)); t(lambda: 1 in Fl(3)); t(lambda: Fl.A < Fl.B)
class IF(IntFlag):
    A = 1
    B = 2
print(IF(0), repr(IF(0)), IF(3), repr(IF(3)), IF(4), repr(IF(5)), IF.A | 4, repr(IF.A | 4), ~IF.A, repr(~IF.A), IF.A + IF.B, type(IF.A + IF.B), IF.A == 1, IF.A & 3, repr(IF.A ^ IF.B), str(IF.A), format(IF.B), f"{IF(3)}")
class Cl(Flag, boundary=enum.CONFORM):
    X = 1
    Y = 2
print(Cl(7), repr(Cl(7)))
class Ej(Flag, boundary=enum.EJECT):
    X = 1
print(Ej(3), type(Ej(3)))
class Kp(Flag, boundary=enum.KEEP):
    X = 1
print(Kp(3), repr(Kp(3)))
class Str(Enum):
    A = "a"
    def __str__(self): return "custom"
print(Str.A, f"{Str.A}", repr(Str.A), format(Str.A))
class R(Enum):
    A = 1
    def __repr__(self): return "RR"
print([R.A], R.A)
t(lambda: Enum("E", "A A")) 
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class Fin(C): pass
except TypeError as e: print(e)
print(C.A.__reduce_ex__(2) if False else "", C._member_names_, C.B._sort_order_ if hasattr(C.B, "_sort_order_") else "", C.A.__hash__ is not None)
class Aliases(Enum):
    A = 1
    B = 1
print(list(Aliases), Aliases.__members__, Aliases(1), Aliases.B.name)
print(enum.unique(C), enum.verify, enum.UNIQUE, enum.CONTINUOUS, enum.NAMED_FLAGS, repr(enum.STRICT), enum.FlagBoundary.STRICT)
class Auto(Enum):
    A = auto()
    B = 10
    C = auto()
print(list(Auto), auto(), repr(auto()))
class FlA(Flag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in FlA], FlA._boundary_ if False else "")
print(Fl.A.value, Fl._missing_, IE.__mro__, Fl.__mro__, S3.__mro__, IF.__mro__)
print(dir(IE.A)[:5], dir(Fl.A))
class WithProp(Enum):
    A = 1
    @property
    def double(self): return self.value * 2
    @enum.property
    def other(self): return 1
print(WithProp.A.double, WithProp.A.other)
class TZ(Enum):
    A = 1
    value2 = 2
print(TZ.value2, TZ["value2"].value)
print(bool(C.A), len(C), C.A in C, 1 in C if False else "", reversed(C) is not None, list(reversed(C)))
t(lambda: 1 in C)
t(lambda: "A" in C)
print(C.__members__["A"], type(C.__members__))
class DefMiss(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, v): return 5
t(DefMiss, "zz")
class DM2(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, v): raise KeyError("custom")
t(DM2, "zz")
