"""Turn-based combat: initiative queue with heapq, status effects, and a battle log."""
import heapq
import math
import operator
import sys
from dataclasses import dataclass, field
from enum import Enum, Flag, auto
from functools import total_ordering


class Team(Enum):
    HEROES = "heroes"
    MONSTERS = "monsters"


class Status(Flag):
    NONE = 0
    STUNNED = auto()
    BURNING = auto()
    SHIELDED = auto()


@total_ordering
@dataclass
class Fighter:
    name: str
    team: Team
    hp: int
    attack: int
    speed: int
    status: Status = Status.NONE
    log: list = field(default_factory=list, repr=False)

    @property
    def alive(self) -> bool:
        return self.hp > 0

    def __lt__(self, other: "Fighter") -> bool:
        return (self.speed, self.name) < (other.speed, other.name)


def damage(attacker: Fighter, target: Fighter) -> int:
    dmg = attacker.attack
    if Status.SHIELDED in target.status:
        dmg = math.floor(dmg / 2)
        target.status &= ~Status.SHIELDED
    return dmg


def battle(fighters: list, max_rounds: int = 20) -> Team:
    timeline = [(0.0, -f.speed, f.name) for f in fighters]
    heapq.heapify(timeline)
    by_name = {f.name: f for f in fighters}
    while timeline:
        t, _, name = heapq.heappop(timeline)
        if t > max_rounds:
            raise RuntimeError(f"battle exceeded {max_rounds} rounds")
        f = by_name[name]
        if not f.alive:
            continue
        if Status.BURNING in f.status:
            f.hp -= 3
            print(f"  t={t:5.2f} {f.name} burns (hp {f.hp})")
            if not f.alive:
                continue
        if Status.STUNNED in f.status:
            f.status ^= Status.STUNNED
            print(f"  t={t:5.2f} {f.name} is stunned")
        else:
            foes = [x for x in fighters if x.alive and x.team is not f.team]
            if not foes:
                return f.team
            target = min(foes, key=operator.attrgetter("hp"))
            dmg = damage(f, target)
            target.hp -= dmg
            if f.name == "Mage" and Status.BURNING not in target.status:
                target.status |= Status.BURNING
            if f.name == "Troll" and t < 3:
                target.status |= Status.STUNNED
            print(f"  t={t:5.2f} {f.name} hits {target.name} for {dmg} (hp {target.hp})")
        heapq.heappush(timeline, (round(t + 10 / f.speed, 4), -f.speed, f.name))
    raise RuntimeError("no fighters left")


party = [
    Fighter("Knight", Team.HEROES, 40, 7, 4, Status.SHIELDED),
    Fighter("Mage", Team.HEROES, 22, 9, 5),
    Fighter("Archer", Team.HEROES, 26, 6, 8),
    Fighter("Troll", Team.MONSTERS, 60, 10, 3, Status.SHIELDED),
    Fighter("Goblin", Team.MONSTERS, 18, 5, 9),
    Fighter("Bat", Team.MONSTERS, 9, 3, 12),
]
print("turn order:", [f.name for f in sorted(party, reverse=True)])
print(party[0])
winner = battle(party)
print("winner:", winner, winner.value)
for f in sorted(party, key=operator.attrgetter("team.value", "name")):
    print(f"  {f.name:<7} {'alive' if f.alive else 'dead ':5} hp={f.hp:3d} status={f.status!r}")
s = Status.STUNNED | Status.BURNING
print(s, repr(s), Status.BURNING in s, bool(Status.NONE), Status(4))
print(max(party).name, min(party).name, party[1] >= party[0])
try:
    battle([Fighter("A", Team.HEROES, 10, 0, 1), Fighter("B", Team.MONSTERS, 10, 0, 1)], max_rounds=5)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Status(64)
except ValueError as e:
    print("ValueError:", e)
sys.stdout.write(f"survivors: {sum(f.alive for f in party)}\n")
sys.exit(0)
