from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto
import enum
from dataclasses import dataclass
@dataclass
class Coord:
    x: int
    y: int
class Dir(Coord, Enum):
    N = 0, 1
    S = 0, -1
print(Dir.N, repr(Dir.N), Dir.N.x, Dir.N.value, Dir((0, -1)) if False else "")
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm(6), repr(Perm(6)), Perm.RWX, list(Perm.RWX), [p.name for p in Perm], Perm(5) in Perm.RWX, Perm.R in Perm(6), Perm(0) in Perm.R, bool(Perm(0)))
print(format(Perm.R, "b"), Perm.R << 1, Perm.R >> 1, -Perm.R, Perm.R * 2, type(Perm.R * 2), Perm.R // 2, abs(Perm.X), hash(Perm.R) == hash(4))
class Col(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Col.WHITE, list(Col.WHITE), Col(0), Col.RED ^ Col.WHITE, Col.WHITE & ~Col.RED, (Col.RED | Col.BLUE).value, sorted(Col, key=lambda c: c.value))
print(Col._numeric_repr_ if hasattr(Col, "_numeric_repr_") else "", Col.__members__, len(Col.__members__))
class Planet(IntEnum):
    MERCURY = 1
    VENUS = 2
print(max(Planet), sorted(Planet, reverse=True), Planet.VENUS > Planet.MERCURY, Planet(2) is Planet.VENUS, [p * 10 for p in Planet], dict.fromkeys(Planet, 0))
print(Planet.MERCURY.__class__.__name__, isinstance(Planet.VENUS, int), Planet["VENUS"], Planet.VENUS.name.title(), range(10)[Planet.VENUS])
class Weekday(Enum):
    MON = 1; TUE = 2
    def next(self):
        members = list(type(self)); return members[(members.index(self) + 1) % len(members)]
print(Weekday.MON.next(), Weekday.TUE.next())
class Sz(StrEnum):
    S = "small"
    L = "large"
print(Sz.S.upper(), Sz.S + "!", Sz("large"), sorted(Sz), "-".join(Sz), Sz.S.startswith("sm"), str(Sz.L), repr(Sz.L), Sz.S == "small", {"small": 1}[Sz.S])
print(enum.Enum.__members__ if False else "", list(Enum("Q", {"A": 1, "B": 2})), list(IntFlag("F", "A B C")), repr(Flag("G", [("X", 1), ("Y", 2)]).X))
match Planet.VENUS:
    case Planet.MERCURY: print("mercury")
    case Planet.VENUS: print("venus")
match Sz.S:
    case "small": print("str match")
