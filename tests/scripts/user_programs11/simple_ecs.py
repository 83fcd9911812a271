"""A minimal entity-component-system: components are dataclasses, systems query by type."""
import itertools
from collections import defaultdict
from dataclasses import dataclass, make_dataclass
from typing import Dict, Iterator, List, Tuple, Type, TypeVar

C = TypeVar("C")


@dataclass
class Position:
    x: float
    y: float


@dataclass
class Velocity:
    dx: float
    dy: float


@dataclass
class Health:
    hp: int
    max_hp: int

    def __post_init__(self) -> None:
        if self.hp > self.max_hp:
            raise ValueError(f"hp {self.hp} exceeds max_hp {self.max_hp}")


Poisoned = make_dataclass("Poisoned", [("per_tick", int), ("ticks_left", int)])


@dataclass(frozen=True)
class Tag:
    label: str


class World:
    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self.components: Dict[type, Dict[int, object]] = defaultdict(dict)
        self.dead: List[int] = []

    def spawn(self, *components: object) -> int:
        eid = next(self._ids)
        for c in components:
            self.components[type(c)][eid] = c
        return eid

    def get(self, eid: int, kind: Type[C]) -> C:
        try:
            return self.components[kind][eid]  # type: ignore[return-value]
        except KeyError:
            raise LookupError(f"entity {eid} has no {kind.__name__}") from None

    def remove(self, eid: int, kind: type) -> None:
        del self.components[kind][eid]

    def query(self, *kinds: type) -> Iterator[Tuple[int, ...]]:
        first, *rest = kinds
        for eid in sorted(self.components[first]):
            if all(eid in self.components[k] for k in rest):
                yield (eid,) + tuple(self.components[k][eid] for k in kinds)

    def destroy(self, eid: int) -> None:
        for store in self.components.values():
            store.pop(eid, None)
        self.dead.append(eid)


def movement(world: World) -> None:
    for eid, pos, vel in world.query(Position, Velocity):
        pos.x += vel.dx
        pos.y += vel.dy


def poison(world: World) -> None:
    for eid, hp, p in list(world.query(Health, Poisoned)):
        hp.hp -= p.per_tick
        p.ticks_left -= 1
        if p.ticks_left == 0:
            world.remove(eid, Poisoned)
            print(f"    entity {eid} is no longer poisoned")
        if hp.hp <= 0:
            print(f"    entity {eid} ({world.get(eid, Tag).label}) died")
            world.destroy(eid)


w = World()
hero = w.spawn(Tag("hero"), Position(0, 0), Velocity(1, 0.5), Health(30, 30), Poisoned(3, 4))
slime = w.spawn(Tag("slime"), Position(5, 5), Velocity(-0.5, 0), Health(8, 10), Poisoned(2, 10))
tree = w.spawn(Tag("tree"), Position(2, 3), Health(100, 100))
cloud = w.spawn(Tag("cloud"), Position(0, 9), Velocity(0.25, 0))
print("ids:", hero, slime, tree, cloud)
for tick in range(1, 7):
    print(f"tick {tick}")
    movement(w)
    poison(w)
    for eid, tag, pos in w.query(Tag, Position):
        hp = w.components[Health].get(eid)
        print(f"  {tag.label:<6} at ({pos.x:5.2f},{pos.y:5.2f}) hp={hp.hp if hp else '-'}")

print(w.get(hero, Health), w.get(hero, Position))
print("dead:", w.dead)
print("component counts:", {k.__name__: len(v) for k, v in w.components.items()})
try:
    w.get(tree, Velocity)
except LookupError as e:
    print("LookupError:", e)
try:
    Health(50, 10)
except ValueError as e:
    print("ValueError:", e)
print(Tag("a") == Tag("a"), hash(Tag("a")) == hash(Tag("a")), Tag("boss"))
pairs = list(itertools.combinations(sorted(e for e, *_ in w.query(Position)), 2))
print("position pairs:", pairs)
