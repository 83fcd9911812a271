"""Quarterly sales report by region and product, rendered as plain-text tables."""
from __future__ import annotations

import random
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import groupby
from operator import attrgetter

REGIONS = ("North", "South", "East", "West")
PRODUCTS = {"Widget": 19.99, "Gadget": 34.5, "Doohickey": 7.25, "Gizmo": 120.0}


@dataclass(order=True)
class Sale:
    day: date
    region: str
    product: str
    units: int
    unit_price: float = field(compare=False)

    @property
    def revenue(self) -> float:
        return self.units * self.unit_price

    @property
    def quarter(self) -> str:
        return f"{self.day.year}-Q{(self.day.month - 1) // 3 + 1}"


def generate(n=600, seed=11) -> list[Sale]:
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    sales = []
    for _ in range(n):
        d = start + timedelta(days=rng.randrange(365))
        product = rng.choice(list(PRODUCTS))
        price = PRODUCTS[product] * (0.9 if d.month == 11 else 1.0)
        sales.append(Sale(d, rng.choice(REGIONS), product, rng.randint(1, 25), round(price, 2)))
    return sorted(sales)


class Table:
    def __init__(self, headers, aligns):
        self.headers = headers
        self.aligns = aligns
        self.rows = []

    def add(self, *cells):
        self.rows.append([str(c) for c in cells])

    def render(self) -> str:
        widths = [max(len(h), *(len(r[i]) for r in self.rows)) for i, h in enumerate(self.headers)]
        def fmt(cells):
            return " | ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, self.aligns, widths))
        sep = "-+-".join("-" * w for w in widths)
        return "\n".join([fmt(self.headers), sep, *map(fmt, self.rows)])


def money(x: float) -> str:
    return f"${x:,.2f}"


def main():
    sales = generate()
    print(f"Sales report: {len(sales)} transactions, {sales[0].day} to {sales[-1].day}\n")

    by_q = defaultdict(lambda: defaultdict(float))
    for s in sales:
        by_q[s.quarter][s.region] += s.revenue
    t = Table(["Quarter", *REGIONS, "Total"], ["<", ">", ">", ">", ">", ">"])
    grand = defaultdict(float)
    for q in sorted(by_q):
        row = [by_q[q][r] for r in REGIONS]
        for r, v in zip(REGIONS, row):
            grand[r] += v
        t.add(q, *map(money, row), money(sum(row)))
    t.add("Total", *(money(grand[r]) for r in REGIONS), money(sum(grand.values())))
    print(t.render())

    print("\nProduct mix")
    t = Table(["Product", "Units", "Revenue", "Share", "Avg units/sale"], ["<", ">", ">", ">", ">"])
    total = sum(s.revenue for s in sales)
    for product, grp in groupby(sorted(sales, key=attrgetter("product")), key=attrgetter("product")):
        grp = list(grp)
        rev = sum(s.revenue for s in grp)
        t.add(product, sum(s.units for s in grp), money(rev), f"{rev / total:.1%}",
              f"{statistics.mean(s.units for s in grp):.2f}")
    print(t.render())

    monthly = defaultdict(float)
    for s in sales:
        monthly[s.day.strftime("%b")] += s.revenue
    peak = max(monthly, key=monthly.get)
    print(f"\nMonthly revenue (peak {peak}):")
    scale = max(monthly.values()) / 40
    for month in ("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()):
        v = monthly[month]
        print(f"  {month} {money(v):>11} {'*' * round(v / scale)}")

    weekday = defaultdict(list)
    for s in sales:
        weekday[s.day.weekday()].append(s.revenue)
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    print("\nAverage ticket by weekday:")
    print("  " + "  ".join(f"{names[d]}={statistics.mean(v):.1f}" for d, v in sorted(weekday.items())))

    best = sorted(sales, key=lambda s: (-s.revenue, s.day))[:5]
    print("\nTop 5 transactions:")
    for s in best:
        print(f"  {s.day:%d.%m.%Y} {s.region:<5} {s.product:<9} {s.units:>3} x {s.unit_price:>6.2f} = {money(s.revenue):>9}")

    growth = []
    qs = sorted(by_q)
    for a, b in zip(qs, qs[1:]):
        ta, tb = sum(by_q[a].values()), sum(by_q[b].values())
        growth.append(f"{b}: {(tb - ta) / ta:+.2%}")
    print("\nQuarter-on-quarter:", "; ".join(growth))


if __name__ == "__main__":
    main()
