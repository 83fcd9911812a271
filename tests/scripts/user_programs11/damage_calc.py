"""Damage calculator for an RPG: armour, resistances, crits, and damage-over-time."""
import math
import random
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict

random.seed(42)


class Element(Enum):
    PHYSICAL = "physical"
    FIRE = "fire"
    ICE = "ice"
    POISON = "poison"


@dataclass
class Attack:
    name: str
    base: float
    element: Element = Element.PHYSICAL
    crit_chance: float = 0.1
    crit_mult: float = 2.0
    dot_ticks: int = 0


@dataclass
class Target:
    name: str
    hp: float
    armor: float = 0.0
    resist: Dict[Element, float] = field(default_factory=dict)


def armor_reduction(armor: float) -> float:
    """Diminishing returns: 100 armour halves damage."""
    return armor / (armor + 100.0)


def compute_hit(atk: Attack, tgt: Target, level_diff: int = 0) -> float:
    dmg = atk.base * math.pow(1.05, level_diff)
    if atk.element is Element.PHYSICAL:
        dmg *= 1 - armor_reduction(tgt.armor)
    dmg *= 1 - tgt.resist.get(atk.element, 0.0)
    if random.random() < atk.crit_chance:
        dmg *= atk.crit_mult
    return dmg


def dot_total(per_tick: float, ticks: int, decay: float = 0.85) -> float:
    # geometric series of decaying ticks
    if ticks <= 0:
        raise ValueError("ticks must be positive")
    return per_tick * (1 - decay ** ticks) / (1 - decay)


attacks = [
    Attack("slash", 40),
    Attack("fireball", 55, Element.FIRE, crit_chance=0.2),
    Attack("frost nova", 30, Element.ICE, crit_chance=0.05, crit_mult=3.0),
    Attack("venom", 8, Element.POISON, crit_chance=0.0, dot_ticks=6),
]
targets = [
    Target("goblin", 120, armor=20),
    Target("golem", 400, armor=250, resist={Element.FIRE: 0.5, Element.POISON: 1.0}),
    Target("wraith", 90, resist={Element.PHYSICAL: 0.75, Element.ICE: -0.25}),
]

print(attacks[1])
print(targets[1])
for tgt in targets:
    print(f"-- {tgt.name} (hp {tgt.hp}, armour cuts {armor_reduction(tgt.armor):.1%})")
    for atk in attacks:
        hit = compute_hit(atk, tgt, level_diff=2)
        if atk.dot_ticks:
            hit += dot_total(hit, atk.dot_ticks)
        hits_to_kill = math.inf if hit <= 0 else math.ceil(tgt.hp / hit)
        print(f"   {atk.name:<10} {hit:8.2f}  kills in {hits_to_kill}")

samples = [compute_hit(attacks[0], targets[0]) for _ in range(1000)]
mean = math.fsum(samples) / len(samples)
print(f"slash on goblin: mean {mean:.4f} min {min(samples):.4f} max {max(samples):.4f}")
crits = sum(1 for s in samples if s > 50)
print("crit rate observed:", crits / 1000)
print("log-scaled levels:", [round(math.log(1 + lvl, 2), 3) for lvl in (1, 3, 7, 15, 31)])
print("isclose:", math.isclose(dot_total(10, 3), 10 + 8.5 + 7.225))
print("floor/ceil/trunc:", math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(2.5), round(3.5))
print("inf and nan:", math.inf > 1e308, math.isnan(math.nan), math.isinf(-math.inf))
print(Element.FIRE, Element("ice").name, list(Element)[-1])
try:
    dot_total(5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    Attack("broken", base=10, element="fire").element.value
except AttributeError as e:
    print("AttributeError:", e)
