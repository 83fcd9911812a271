import enum
from enum import Enum, Flag, IntFlag, IntEnum, auto
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
class O(Enum):
    _order_ = "A B"
    A = 1
    B = 2
print(list(O))
try:
    class O2(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e: print(e)
try:
    @enum.verify(enum.CONTINUOUS)
    class V(IntEnum):
        A = 1
        C = 3
except ValueError as e: print(e)
class Sub(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw); print("init_subclass", cls.__name__)
class Sub2(Sub):
    A = 1
print(list(Sub2))
class FF(Flag):
    A = 1
    B = 2
    AB = 3
    C = 8
print(list(FF), FF(3), FF(11), list(FF(11)), FF.AB.name, len(FF), FF.__members__.keys(), FF(9))
t(FF, 4)
class IFN(IntFlag):
    A = 1
print(IFN(-1), repr(IFN(-1)), IFN(-2) if False else "", IFN.A | -2 if False else "")
print(enum.show_flag_values(11) if hasattr(enum, "show_flag_values") else "")
class Mult(Enum):
    A = 1, 2
    B = (3,)
print(Mult.A.value, Mult((1, 2)), Mult.B)
class NewE(Enum):
    def __new__(cls, v, desc):
        obj = object.__new__(cls); obj._value_ = v; obj.desc = desc; return obj
    A = (1, "one")
    B = (2, "two")
print(NewE(1), NewE.B.desc, NewE.A.value)
class IE2(int, Enum):
    def __new__(cls, v, label):
        obj = int.__new__(cls, v); obj._value_ = v; obj.label = label; return obj
    X = (5, "five")
print(IE2.X, IE2.X + 1, IE2(5).label, repr(IE2.X))
class Color(Enum):
    RED = 1
    @staticmethod
    def helper(): return "h"
    CONST = enum.nonmember(5)
print(Color.helper(), Color.CONST, list(Color))
class WithMember(Enum):
    A = 1
    B = enum.member(lambda: 2)
print(list(WithMember)[0], WithMember.B.value())
print(enum.StrEnum._generate_next_value_("Abc", 1, 0, []), enum.Enum._generate_next_value_ if False else "")
class Desc(Enum):
    A = 1
    __doc__ = "docstring"
print(Desc.__doc__, Desc.A.__doc__ if False else "")
print(enum.EnumCheck.UNIQUE, enum.FlagBoundary.KEEP, repr(enum.ReprEnum), enum.IntFlag.__boundary__ if hasattr(enum.IntFlag, "__boundary__") else "")
print(Color.RED.__class__.__mro__, isinstance(Color, enum.EnumMeta), type(Color.__members__))
t(Color.__call__, "X", names=["A"]) ; t(lambda: list(Color("Y", "P Q")))
t(lambda: Enum("Z", [("A", 1), ("A", 2)]))
t(lambda: Enum("W", "a-b"))
t(lambda: Enum("W", "mro"))
t(lambda: Enum("W", "_sunder_"))
