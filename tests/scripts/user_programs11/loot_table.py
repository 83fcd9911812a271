"""Weighted loot tables with rarity tiers, pity timers and drop simulations."""
import bisect
import itertools
import random
from collections import Counter
from enum import IntEnum
from typing import Dict, List, NamedTuple, Sequence, Tuple


class Rarity(IntEnum):
    COMMON = 1
    UNCOMMON = 2
    RARE = 3
    EPIC = 4
    LEGENDARY = 5


class Drop(NamedTuple):
    item: str
    rarity: Rarity
    weight: int


TABLE: List[Drop] = [
    Drop("copper coin", Rarity.COMMON, 500), Drop("bread", Rarity.COMMON, 300),
    Drop("iron dagger", Rarity.UNCOMMON, 120), Drop("healing potion", Rarity.UNCOMMON, 150),
    Drop("silver ring", Rarity.RARE, 40), Drop("spell tome", Rarity.RARE, 25),
    Drop("dragon scale", Rarity.EPIC, 8), Drop("crown of ages", Rarity.LEGENDARY, 2),
]


class LootTable:
    def __init__(self, drops: Sequence[Drop], rng: random.Random, pity_after: int = 50) -> None:
        if not drops:
            raise ValueError("loot table is empty")
        self.drops = list(drops)
        self.cumulative = list(itertools.accumulate(d.weight for d in drops))
        self.rng = rng
        self.pity_after = pity_after
        self.since_rare = 0

    def roll(self) -> Drop:
        if self.since_rare >= self.pity_after:
            pool = [d for d in self.drops if d.rarity >= Rarity.EPIC]
            drop = self.rng.choice(pool)
        else:
            x = self.rng.randrange(self.cumulative[-1])
            drop = self.drops[bisect.bisect_right(self.cumulative, x)]
        self.since_rare = 0 if drop.rarity >= Rarity.RARE else self.since_rare + 1
        return drop


rng = random.Random(7)
table = LootTable(TABLE, rng, pity_after=30)
print("cumulative weights:", table.cumulative)
print("first drops:", [table.roll().item for _ in range(8)])

results: Counter = Counter()
by_rarity: Dict[Rarity, int] = Counter()
pity_hits = 0
for i in range(2000):
    before = table.since_rare
    d = table.roll()
    if before >= table.pity_after:
        pity_hits += 1
    results[d.item] += 1
    by_rarity[d.rarity] += 1
total_w = table.cumulative[-1]
for d in TABLE:
    print(f"{d.item:<15} {d.rarity.name:<9} expected {d.weight / total_w:6.2%}  got {results[d.item] / 2000:6.2%}")
print("by rarity:", sorted((r.name, n) for r, n in by_rarity.items()))
print("pity triggered:", pity_hits)
best = max(results, key=lambda name: next(d.rarity for d in TABLE if d.item == name))
print("best item seen:", best)
print(Rarity.EPIC > Rarity.RARE, Rarity(3), Rarity.RARE + 1, repr(Rarity.LEGENDARY), int(Rarity.COMMON))
print(TABLE[6], TABLE[6].rarity.name)
print("chunks:", [list(g) for k, g in itertools.groupby(TABLE, key=lambda d: d.rarity) if k >= Rarity.RARE])


def boss_chest(rng: random.Random, n: int) -> List[Tuple[str, int]]:
    items = rng.sample([d.item for d in TABLE], n)
    return [(item, rng.randint(1, 3)) for item in items]


print("boss chest:", boss_chest(random.Random(42), 3))
print("weighted choices:", rng.choices([d.item for d in TABLE[:3]], weights=[1, 1, 8], k=6))
try:
    LootTable([], rng)
except ValueError as e:
    print("ValueError:", e)
try:
    Rarity(9)
except ValueError as e:
    print("ValueError:", e)
try:
    rng.choice([])
except IndexError as e:
    print("IndexError:", e)
