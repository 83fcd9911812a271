"""A village economy: merchants trade goods each day; prices follow supply and demand."""
import random
from collections import Counter, defaultdict
from typing import Dict, List

rng = random.Random(7)

GOODS = ["wheat", "wood", "iron", "cloth", "salt"]
BASE_PRICE = {"wheat": 4, "wood": 6, "iron": 15, "cloth": 9, "salt": 3}


class Merchant:
    def __init__(self, name: str, gold: int, stock: Dict[str, int]) -> None:
        self.name = name
        self.gold = gold
        self.stock: Counter = Counter(stock)

    def __repr__(self) -> str:
        return f"Merchant({self.name!r}, gold={self.gold}, stock={dict(sorted(self.stock.items()))})"

    def worth(self, prices: Dict[str, int]) -> int:
        return self.gold + sum(prices[g] * n for g, n in self.stock.items())


class InsufficientFunds(Exception):
    pass


def trade(buyer: Merchant, seller: Merchant, good: str, qty: int, price: int) -> None:
    cost = qty * price
    if buyer.gold < cost:
        raise InsufficientFunds(f"{buyer.name} has {buyer.gold}g, needs {cost}g for {qty} {good}")
    if seller.stock[good] < qty:
        raise ValueError(f"{seller.name} only has {seller.stock[good]} {good}")
    buyer.gold -= cost
    seller.gold += cost
    seller.stock[good] -= qty
    buyer.stock[good] += qty


def update_prices(prices: Dict[str, int], demand: Counter, supply: Counter) -> Dict[str, int]:
    new = {}
    for g in GOODS:
        ratio = (demand[g] + 1) / (supply[g] + 1)
        new[g] = max(1, round(prices[g] * (0.8 + 0.4 * min(ratio, 2) / 2)))
    return new


merchants = [
    Merchant("Alba", 100, {"wheat": 30, "salt": 10}),
    Merchant("Bren", 80, {"wood": 20, "iron": 4}),
    Merchant("Cato", 150, {"cloth": 12, "wheat": 5}),
    Merchant("Dara", 40, {"iron": 8, "salt": 25}),
]
prices = dict(BASE_PRICE)
failures: Dict[str, List[str]] = defaultdict(list)
volume: Counter = Counter()

for day in range(1, 8):
    demand: Counter = Counter()
    supply: Counter = Counter()
    for m in merchants:
        supply.update(m.stock)
    for _ in range(6):
        buyer, seller = rng.sample(merchants, 2)
        good = rng.choice(GOODS)
        qty = rng.randint(1, 6)
        demand[good] += qty
        try:
            trade(buyer, seller, good, qty, prices[good])
            volume[good] += qty
        except InsufficientFunds as e:
            failures["funds"].append(str(e))
        except ValueError as e:
            failures["stock"].append(str(e))
    prices = update_prices(prices, demand, supply)
    print(f"day {day}: prices {prices}")

for m in merchants:
    print(m, "worth", m.worth(prices))
    print("   holdings by value:", sorted(((prices[g] * n, g) for g, n in m.stock.items() if n), reverse=True)[:3])
print("volume:", volume.most_common())
print("top 2 goods:", volume.most_common(2))
print("failure kinds:", {k: len(v) for k, v in failures.items()})
for kind in sorted(failures):
    print(f"first {kind} failure:", failures[kind][0])
richest = max(merchants, key=lambda m: m.worth(prices))
print("richest:", richest.name)
total = sum((m.stock for m in merchants), Counter())
print("total stock:", sorted(total.items()))
print("missing key count:", total["spice"], "elements:", sorted(Counter("abca").elements()))
diff = Counter(wheat=10, wood=3) - Counter(wheat=4, wood=5)
print("diff:", diff, "+:", Counter(a=1) + Counter(a=2, b=1))
