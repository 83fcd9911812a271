from dataclasses import dataclass, field, InitVar, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError, make_dataclass, KW_ONLY, MISSING
import dataclasses
from typing import List, ClassVar
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
i = Item("a", 1.5)
print(i, i == Item("a", 1.5), i.tags, Item.count, Item.__init__.__doc__ if False else "")
print([f.name for f in fields(Item)])
print(asdict(i), astuple(i), replace(i, price=3))
try: replace(i, nope=1)
except TypeError as e: print(e)
try: Item()
except TypeError as e: print(e)
try: Item("a", 1, [], 4)
except TypeError as e: print(e)
@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
try: p.x = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del p.x
except FrozenInstanceError as e: print(type(e).__name__, e)
print(p < P(2), sorted([P(3), P(1, 5), P(1, 2)]), hash(p) == hash(P(1, 2)), {p})
try: p < 3
except TypeError as e: print(e)
@dataclass
class Q:
    a: int
    b: int = field(default=5, repr=False, compare=False)
    c: int = field(init=False, default=9)
    def __post_init__(self):
        self.d = self.a * 2
q = Q(1)
print(q, q.d, q == Q(1, 6))
@dataclass
class R:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.x *= scale
print(R(2, 3), [f.name for f in fields(R)])
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = field(default=0, kw_only=True)
print(K2(1, b=2))
@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try: s.z = 3
except AttributeError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), repr(NE(1)))
@dataclass(repr=False)
class NR:
    a: int
print(repr(NR(1))[:15])
@dataclass
class Base:
    x: int = 0
@dataclass
class Der(Base):
    y: int = 1
print(Der(), Der(3, 4), [(f.name, f.default) for f in fields(Der)])
print(is_dataclass(Der), is_dataclass(Der()), is_dataclass(1))
C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=3))])
print(C(1, 2), C.__dataclass_fields__.keys() if False else "")
@dataclass
class Nested:
    items: list
    d: dict
    inner: Item
n = Nested([Item("z")], {"k": Item("y")}, Item("w"))
print(asdict(n))
print(astuple(n))
try: asdict(5)
except TypeError as e: print(e)
print(fields(Item)[2].default_factory, fields(Item)[2].type, dataclasses.field(default=1).default, type(MISSING).__name__)
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)))
@dataclass
class U:
    a: int
try: hash(U(1))
except TypeError as e: print(e)
print(U.__hash__)
@dataclass
class Rec:
    a: int
    children: list = field(default_factory=list)
r = Rec(1); r.children.append(r)
print(repr(r)[:60])
@dataclass(frozen=True)
class FB:
    a: int
try:
    @dataclass
    class FD(FB):
        b: int = 0
except TypeError as e: print(e)
print(P.__match_args__, Item.__dataclass_params__ if False else "")
match P(1, 2):
    case P(x, y): print("matched", x, y)
print(dataclasses.fields.__name__)
try: fields(3)
except TypeError as e: print(e)
@dataclass(order=True)
class O:
    a: int
    def __lt__(self, o): return True
