"""Crafting planner: expand a recipe tree into raw materials and check an inventory."""
import json
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

RECIPES_JSON = """
{
  "plank":        {"makes": 4, "needs": {"log": 1}},
  "stick":        {"makes": 4, "needs": {"plank": 2}},
  "iron_ingot":   {"makes": 1, "needs": {"iron_ore": 1, "coal": 1}},
  "pickaxe":      {"makes": 1, "needs": {"iron_ingot": 3, "stick": 2}},
  "torch":        {"makes": 4, "needs": {"stick": 1, "coal": 1}},
  "chest":        {"makes": 1, "needs": {"plank": 8}},
  "minecart":     {"makes": 1, "needs": {"iron_ingot": 5}},
  "rail":         {"makes": 16, "needs": {"iron_ingot": 6, "stick": 1}}
}
"""


@dataclass(frozen=True)
class Recipe:
    name: str
    makes: int
    needs: Tuple[Tuple[str, int], ...]


@dataclass
class Plan:
    target: str
    qty: int
    raw: Counter = field(default_factory=Counter)
    steps: List[str] = field(default_factory=list)
    leftovers: Counter = field(default_factory=Counter)


class UnknownItem(KeyError):
    pass


def load(text: str) -> Dict[str, Recipe]:
    data = json.loads(text)
    return {k: Recipe(k, v["makes"], tuple(sorted(v["needs"].items()))) for k, v in data.items()}


RECIPES = load(RECIPES_JSON)
RAW = {"log", "iron_ore", "coal"}


def plan(target: str, qty: int, spare: Optional[Counter] = None) -> Plan:
    if target not in RECIPES and target not in RAW:
        raise UnknownItem(target)
    p = Plan(target, qty, leftovers=Counter(spare or {}))
    queue = deque([(target, qty)])
    while queue:
        item, n = queue.popleft()
        use = min(n, p.leftovers[item])
        p.leftovers[item] -= use
        n -= use
        if n == 0:
            continue
        if item in RAW:
            p.raw[item] += n
            continue
        r = RECIPES[item]
        batches = -(-n // r.makes)
        p.steps.append(f"craft {item} x{batches} (-> {batches * r.makes})")
        p.leftovers[item] += batches * r.makes - n
        for sub, k in r.needs:
            queue.append((sub, k * batches))
    p.leftovers = +p.leftovers
    return p


print(RECIPES["pickaxe"])
for target, qty in [("pickaxe", 1), ("torch", 10), ("rail", 32), ("chest", 2)]:
    p = plan(target, qty)
    print(f"== {qty} x {target}")
    for s in p.steps:
        print("   ", s)
    print("    raw:", dict(sorted(p.raw.items())), "leftovers:", dict(sorted(p.leftovers.items())))

inventory = Counter(log=3, iron_ore=6, coal=5, stick=3)
p = plan("pickaxe", 2, spare=inventory)
print("with inventory:", p.raw, p.leftovers)
need = Counter(plan("minecart", 1).raw)
have = Counter(iron_ore=3, coal=9)
short = need - have
print("minecart short by:", dict(short), "surplus:", dict(have - need))
print("can craft minecart:", not short)
big = Counter()
for t in ["pickaxe", "torch", "chest"]:
    big.update(plan(t, 1).raw)
print("combined raw:", sorted(big.items()), "total units:", sum(big.values()))
print(json.dumps({k: v.makes for k, v in RECIPES.items()}, sort_keys=True))
print(Plan("x", 1))
try:
    plan("diamond", 1)
except UnknownItem as e:
    print("UnknownItem:", e, repr(e))
try:
    RECIPES["stick"].makes = 8
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(RECIPES["plank"]) == hash(Recipe("plank", 4, (("log", 1),))))
