from dataclasses import dataclass, field, InitVar, asdict, astuple, replace, fields, FrozenInstanceError
import dataclasses
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
@dataclass
class A:
    x: int
    y: int = field(init=False, default=0)
    z: InitVar[int] = 5
    def __post_init__(self, z): self.y = z
t(replace, A(1), y=3); t(replace, A(1), z=9); print(A(1), A.__init__.__annotations__ if False else "")
t(A, 1, 2, 3); t(A, x=1, q=2); t(A); t(A, 1, x=2)
print(repr(field(default=1, metadata={"u": 1}).metadata), fields(A)[0].metadata)
@dataclass
class B:
    a: "int"
    b: 'list[int]' = field(default_factory=lambda: [1])
print(B(1), fields(B)[0].type, B.__annotations__)
try:
    @dataclass
    class Bad:
        a: int = field(default=1, default_factory=list)
except ValueError as e: print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad2:
        a: int
except ValueError as e: print(e)
try:
    @dataclass(frozen=True)
    class F: 
        a: int
    @dataclass
    class NF(F):
        b: int = 0
except TypeError as e: print(e)
try:
    @dataclass
    class NF2:
        a: int
    @dataclass(frozen=True)
    class F2(NF2):
        b: int = 0
except TypeError as e: print(e)
@dataclass(frozen=True)
class Fz:
    a: int
    def __post_init__(self):
        object.__setattr__(self, "b", self.a * 2)
print(Fz(2).b, Fz(1) == Fz(1), hash(Fz(1)) == hash((1,)))
try: setattr(Fz(1), "c", 1)
except FrozenInstanceError as e: print(e, isinstance(e, AttributeError))
@dataclass
class Pt:
    x: float
    y: float
    def __add__(self, o): return Pt(self.x + o.x, self.y + o.y)
print(Pt(1, 2) + Pt(3, 4), Pt(1, 2) == (1, 2), Pt(1, 2) != Pt(1, 3))
t(lambda: Pt(1, 2) < Pt(3, 4))
@dataclass
class WithDefaultsMut:
    a: dict = field(default_factory=dict)
w1, w2 = WithDefaultsMut(), WithDefaultsMut(); w1.a["k"] = 1; print(w2.a)
try:
    @dataclass
    class BadMut:
        a: dict = {}
except ValueError as e: print(e)
try:
    @dataclass
    class BadSet:
        a: set = set()
except ValueError as e: print(e)
@dataclass
class Tup:
    a: tuple = ()
print(Tup())
print(dataclasses.asdict(Pt(1, 2), dict_factory=lambda kv: list(kv)), astuple(Pt(1, 2), tuple_factory=list))
from collections import namedtuple
NT = namedtuple("NT", "a b")
@dataclass
class Holder:
    n: NT
    d: dict
print(asdict(Holder(NT([1], 2), {"x": [Pt(0, 0)]})))
@dataclass(match_args=False)
class NoMatch:
    a: int
print(hasattr(NoMatch, "__match_args__"))
@dataclass
class Kw:
    a: int = field(kw_only=True)
    b: int = 0
print(Kw(5, a=1), Kw.__match_args__, fields(Kw)[0].kw_only)
@dataclass(slots=True)
class SS:
    a: int
    b: list = field(default_factory=list)
print(SS(1), SS.__slots__, SS(1) == SS(1))
t(lambda: SS(1).__dict__)
@dataclass(frozen=True, slots=True)
class FSS:
    a: int
print(FSS(1), hash(FSS(1)) == hash(FSS(1)))
t(setattr, FSS(1), "a", 2)
@dataclass
class Desc:
    a: int = 0
    def __repr__(self): return "custom"
print(Desc(), str(Desc()))
@dataclass(init=False)
class NI:
    a: int = 3
print(NI(), NI().a)
class Plain: pass
print(dataclasses.is_dataclass(Plain), dataclasses.fields(Pt)[0].name)
t(dataclasses.fields, Plain)
t(dataclasses.asdict, Pt)
t(replace, Pt)
t(replace, Pt(1, 2), 3)
