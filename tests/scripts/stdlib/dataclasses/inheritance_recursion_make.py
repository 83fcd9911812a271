from dataclasses import dataclass, field, InitVar, replace, fields, asdict, astuple
from typing import ClassVar
import dataclasses
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
@dataclass
class A:
    x: int
    iv: InitVar[int]
    def __post_init__(self, iv): self.y = iv
t(replace, A(1, 2), x=3); t(replace, A(1, 2), x=3, iv=4)
@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Der(Base):
    x: int = 10
    z: int = 3
print(Der(), [f.name for f in fields(Der)])
@dataclass
class Rec:
    name: str
    child: "Rec" = None
r = Rec("a"); r.child = r; print(r)
@dataclass
class Lst:
    items: list
l = Lst([]); l.items.append(l); print(l)
t(field, 1)
@dataclass
class WithProp:
    _x: int = 0
    @property
    def x(self): return self._x
print(WithProp(5).x, WithProp())
@dataclass
class Cls:
    a: int
    b: dataclasses.InitVar[str] = "q"
print(Cls(1), [f.name for f in fields(Cls)])
@dataclass
class Ann:
    a: int
    b = 5
    c: "ClassVar[int]" = 7
print(Ann(1), [f.name for f in fields(Ann)], Ann.b, Ann.c)
@dataclass(order=True)
class Ord:
    a: int
    b: str = field(compare=False)
print(Ord(1, "z") < Ord(2, "a"), Ord(1, "z") == Ord(1, "a"), sorted([Ord(2, "x"), Ord(1, "y")]))
@dataclass
class Eq:
    a: int
class Eq2(Eq): pass
print(Eq(1) == Eq2(1), Eq2(1) == Eq(1), Eq(1) == 1, Eq(1).__eq__(1))
t(asdict, [Eq(1)])
@dataclass
class Gen:
    a: dict
print(asdict(Gen({"k": (Eq(1), [Eq(2)])})), astuple(Gen({"k": Eq(3)})))
from collections import defaultdict

print(dataclasses.is_dataclass(Eq), dataclasses.is_dataclass(type))
@dataclass
class Defaults:
    a: int = field(default_factory=lambda: 5)
    b: list = field(default_factory=list, repr=False)
print(Defaults(), Defaults.a if hasattr(Defaults, "a") else "noattr")
@dataclass(repr=True, eq=True, frozen=True, unsafe_hash=False)
class Frz:
    a: list
t(hash, Frz([1]))
t(dataclasses.make_dataclass, "X", [("a",)]) 
X = dataclasses.make_dataclass("X", [("a", int, 1)], bases=(Eq,), namespace={"m": lambda self: 42})
print(X(), X().m(), X.__mro__)
t(dataclasses.make_dataclass, "Y", ["a", "a"])
t(dataclasses.make_dataclass, "Y", ["1a"])
