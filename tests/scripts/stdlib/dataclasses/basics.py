from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass,
                         is_dataclass, InitVar, KW_ONLY, FrozenInstanceError, MISSING, Field)
from typing import List, Optional, ClassVar
from enum import Enum


class Element(Enum):
    FIRE = "fire"
    ICE = "ice"


@dataclass
class Attack:
    name: str
    base: int
    element: Element = Element.FIRE
    tags: List[str] = field(default_factory=list)
    note: str = field(default="", repr=False, compare=False)
    count: ClassVar[int] = 0


a = Attack("fireball", 55)
print(a, a == Attack("fireball", 55, note="x"), a != Attack("x", 1), Attack.count)
print(Attack.__doc__, Attack.__init__.__qualname__, Attack.__match_args__, Attack.__hash__)
print([(f.name, f.type, f.default is MISSING) for f in fields(Attack)][:3], is_dataclass(a), is_dataclass(Attack), is_dataclass(1))
print(asdict(a), astuple(a), replace(a, base=60, name="blaze"))
print(fields(a)[3].default_factory, fields(a)[4].repr, fields(a)[4].compare)


@dataclass
class Vec:
    x: float
    y: float


@dataclass
class Entity:
    name: str
    pos: Vec
    vel: Vec = field(default_factory=lambda: Vec(0.0, 0.0))
    children: List["Entity"] = field(default_factory=list)


e = Entity("ship", Vec(1, 2), children=[Entity("pod", Vec(3, 4))])
print(e)
print(asdict(e))
print(astuple(e))


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v = Version(1, 2)
print(v, hash(v) == hash(Version(1, 2, "x")), v < Version(1, 3), sorted([Version(2), Version(1, 5), v]), max(v, Version(0, 9)))
print({v: 1}[Version(1, 2)], v >= Version(1, 2), v.__match_args__)


@dataclass
class Player:
    name: str
    hp: int = 100
    level: InitVar[int] = 1
    power: int = field(init=False)

    def __post_init__(self, level):
        if self.hp <= 0:
            raise ValueError(f"{self.name}: hp must be positive")
        self.power = level * 10


print(Player("rin"), Player("kai", 50, 3), [f.name for f in fields(Player)])


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    depth: int


print(Opts(depth=3))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(Mixed(1, c=3), Mixed.__match_args__)


@dataclass(eq=False)
class Node:
    val: int


n = Node(1)
print(n == Node(1), n == n, Node.__hash__ is object.__hash__)


@dataclass(slots=True)
class Slim:
    a: int
    b: str = "x"


print(Slim(1), Slim.__slots__, "__dict__" in dir(Slim(1)))


@dataclass
class Base:
    x: int = 0


@dataclass
class Child(Base):
    y: int = 1


print(Child(5), Child(y=3), [f.name for f in fields(Child)])


@dataclass(unsafe_hash=True)
class Key:
    k: str


print(hash(Key("a")) == hash(("a",)))


@dataclass
class Tree:
    kids: list = field(default_factory=list)


t = Tree()
t.kids.append(t)
print(t)

Point3 = make_dataclass("Point3", [("x", int), "z", ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x)})
print(Point3(-1, z=5), Point3(-2, 0).norm(), Point3.__module__, Point3.__annotations__)
print(repr(MISSING)[:30], type(fields(Attack)[0]) is Field)

for bad in (lambda: Attack(), lambda: Attack("a", 1, Element.ICE, [], "n", 9), lambda: Attack("a", 1, proto=2),
            lambda: Player("x", -5), lambda: replace(Player("p"), power=3), lambda: fields(1), lambda: asdict(Vec),
            lambda: Opts(), lambda: Version(1) < (1, 0)):
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as err:
    print("TypeError:", err)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as err:
    print("ValueError:", err)
try:
    field(default=1, default_factory=list)
except ValueError as err:
    print("ValueError:", err)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        x: int
except ValueError as err:
    print("ValueError:", err)
try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        z: int = 0
except TypeError as err:
    print("TypeError:", err)
try:
    del v.major
except FrozenInstanceError as err:
    print("FrozenInstanceError:", err)
v.major = 3
