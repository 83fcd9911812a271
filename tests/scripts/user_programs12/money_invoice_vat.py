"""Invoice generator: line items, discounts, VAT per rate, rounding rules, and a JSON export."""
import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
from enum import Enum


class VatRate(Enum):
    STANDARD = Decimal("0.20")
    REDUCED = Decimal("0.05")
    ZERO = Decimal("0")


Q = Decimal("0.01")


@dataclass
class Line:
    description: str
    quantity: Decimal
    unit_price: Decimal
    vat: VatRate = VatRate.STANDARD
    discount_pct: Decimal = Decimal(0)

    @property
    def gross(self) -> Decimal:
        return self.quantity * self.unit_price

    @property
    def discount(self) -> Decimal:
        return (self.gross * self.discount_pct / 100).quantize(Q, ROUND_DOWN)

    @property
    def net(self) -> Decimal:
        return (self.gross - self.discount).quantize(Q, ROUND_HALF_UP)


@dataclass
class Invoice:
    number: str
    customer: str
    lines: list = field(default_factory=list)
    voucher: Decimal = Decimal(0)

    def add(self, desc, qty, price, vat=VatRate.STANDARD, discount="0"):
        try:
            line = Line(desc, Decimal(qty), Decimal(price), vat, Decimal(discount))
        except InvalidOperation:
            print(f"  ! rejected line {desc!r}: bad number in {qty!r} / {price!r}")
            return self
        if line.quantity <= 0:
            print(f"  ! rejected line {desc!r}: quantity must be positive")
            return self
        self.lines.append(line)
        return self

    def totals(self, rounding=ROUND_HALF_UP):
        by_rate = defaultdict(Decimal)
        for line in self.lines:
            by_rate[line.vat] += line.net
        # the voucher is spread over rates in proportion to their net amount
        subtotal = sum(by_rate.values(), Decimal(0))
        remaining = self.voucher
        rates = sorted(by_rate, key=lambda r: r.value, reverse=True)
        for i, rate in enumerate(rates):
            share = remaining if i == len(rates) - 1 else (self.voucher * by_rate[rate] / subtotal).quantize(Q)
            by_rate[rate] -= share
            remaining -= share
        vat = {r: (by_rate[r] * r.value).quantize(Q, rounding) for r in rates}
        net = sum(by_rate.values(), Decimal(0))
        return by_rate, vat, net, net + sum(vat.values(), Decimal(0))


def render(inv: Invoice, rounding=ROUND_HALF_UP):
    print(f"INVOICE {inv.number}  —  {inv.customer}")
    print(f"{'Description':<28}{'Qty':>7}{'Price':>10}{'Disc':>8}{'Net':>11} VAT")
    for ln in inv.lines:
        disc = f"{ln.discount_pct.normalize()}%" if ln.discount_pct else ""
        print(f"{ln.description:<28}{ln.quantity:>7}{ln.unit_price:>10}{disc:>8}{ln.net:>11} {ln.vat.value * 100:.0f}%")
    by_rate, vat, net, total = inv.totals(rounding)
    if inv.voucher:
        print(f"{'voucher':<53}{-inv.voucher:>11}")
    print("-" * 68)
    for rate in by_rate:
        print(f"  VAT {rate.name.lower():<9} {rate.value:>5.0%} on {by_rate[rate]:>10} = {vat[rate]:>8}")
    print(f"{'Net total':<53}{net:>11}")
    print(f"{'VAT total':<53}{sum(vat.values()):>11}")
    print(f"{'TOTAL DUE':<53}{total:>11}")
    return total


inv = Invoice("2024-0042", "Bistro Lumière SARL", voucher=Decimal("25.00"))
(inv.add("Espresso beans 1kg", "12", "18.90", discount="5")
    .add("Oat milk 1L", "48", "1.79", VatRate.REDUCED)
    .add("Barista training (hours)", "3.5", "65.00", VatRate.STANDARD, "12.5")
    .add("Delivery", "1", "9.99")
    .add("Cookbook", "2", "24.95", VatRate.ZERO)
    .add("Paper cups x1000", "three", "39.00")
    .add("Returned grinder", "-1", "249.00")
    .add("Descaler sachets", "7", "0.333", discount="10"))
total = render(inv)
print()
_, vat_even, _, total_even = inv.totals(ROUND_HALF_EVEN)
print("banker's rounding total:", total_even, "difference:", total - total_even)

payload = {
    "number": inv.number,
    "lines": [{"desc": l.description, "net": str(l.net), "vat": l.vat.name} for l in inv.lines],
    "total": str(total),
}
print(json.dumps(payload, indent=2, ensure_ascii=False))
restored = json.loads(json.dumps(payload), parse_float=Decimal)
print("sum of exported nets:", sum(Decimal(l["net"]) for l in restored["lines"]))
print(json.loads('{"amount": 10.10, "n": 3}', parse_float=Decimal))

splits = [Decimal(total) / 3] * 3
print("naive 3-way split:", [s.quantize(Q) for s in splits], "sum", sum(s.quantize(Q) for s in splits))
base = (total / 3).quantize(Q, ROUND_DOWN)
parts = [base] * 3
parts[0] += total - base * 3
print("fair 3-way split:", parts, "sum", sum(parts))
for bad in ("1,50", "NaN", "1e400", "0.1.2"):
    try:
        d = Decimal(bad)
        print(bad, "->", d, d.is_nan(), d.is_finite(), d.adjusted() if d.is_finite() else "")
    except InvalidOperation as e:
        print(bad, "-> InvalidOperation", type(e).__name__)
