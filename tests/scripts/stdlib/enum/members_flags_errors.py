import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(1), Color["GREEN"], Color.CRIMSON, list(Color), len(Color))
print(Color.__members__, Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
try: Color(7)
except ValueError as e: print(e)
try: Color["X"]
except KeyError as e: print(repr(e))
try: Color.RED = 5
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Sh(Enum):
    SQ = auto()
    CI = auto()
    def describe(self): return f"{self.name}={self.value}"
    @classmethod
    def default(cls): return cls.SQ
print(Sh.SQ.describe(), Sh.default(), [m.value for m in Sh])
class Http(IntEnum):
    OK = 200
    NF = 404
print(Http.OK, repr(Http.OK), Http.OK + 1, Http.OK == 200, f"{Http.NF}", str(Http.NF), format(Http.OK, "d"), Http(404))
print(sorted([Http.NF, Http.OK]), Http.OK < Http.NF, int(Http.NF), hex(Http.OK))
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X
print(P.R | P.W, repr(P.R | P.W), P(0), repr(P(0)), P.RWX, list(P), P.R in (P.R|P.W), ~P.R, repr(~P.R), bool(P(0)))
print(list(P.R | P.X), len(P.R|P.W), (P.R|P.W).name, (P.R|P.W).value)
try: P(16)
except ValueError as e: print(e)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R|Perm.W), Perm(7), Perm(8), repr(Perm(8)), Perm.R | 8, repr(Perm.R + 1), ~Perm.R, repr(Perm(0)))
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B.upper(), S.A == "a", f"{S.B}", S("bee"), "x" + S.A)
class Pl(Enum):
    MERC = (3.3, 2.4)
    EARTH = (5.9, 6.3)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Pl.EARTH.mass, Pl.MERC.value, Pl((3.3, 2.4)))
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls.A
        return None
print(M("zz"))
try: M(5)
except ValueError as e: print(e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
A2 = Enum("A2", [("X", 10), ("Y", 20)])
print(A2.X, A2(20))
A3 = IntEnum("A3", {"P": 5})
print(repr(A3.P))
print(type(Color), isinstance(Color.RED, Color), Color.RED.__class__, hash(Color.RED) == hash(Color.RED))
print(Color.RED == 1, Color.RED != Color.GREEN)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)

try:
    class Ext2(Color):
        PINK = 9
except TypeError as e: print(e)
print(dir(Color))
print(Color._member_map_.keys() if hasattr(Color, "_member_map_") else "")
print(Color.RED._name_, Color.RED._value_, Color._value2member_map_)
class W(Enum):
    _ignore_ = ["tmp"]
    A = 1
    def _generate_next_value_(name, start, count, last_values): return name.lower()
class W2(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    X = auto()
print(W2.X.value)
print({Color.RED: 1}, Color.RED in Color, 1 in Color if False else "")
print(enum.EnumMeta, enum.EnumType, Color.__name__, Color.__qualname__)
class Fl(IntFlag, boundary=enum.STRICT):
    A = 1
try: Fl(4)
except ValueError as e: print(e)
print(P.R.name, P(3).name, P(7).name, Perm(3).name, Perm(0).name)
print(repr(Perm.R|Perm.W|Perm.X), str(Perm(7)), format(Perm(7)), f"{P.R}")
print(enum.member, enum.nonmember, enum.property)
class K(Enum):
    A = 1
    B = enum.nonmember(2)
print(list(K), K.B)
