"""A multi-currency ledger: postings, FX conversion at daily rates, realised gains, trial balance."""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, Context, setcontext, getcontext
from typing import NamedTuple

setcontext(Context(prec=34, rounding=ROUND_HALF_EVEN))
MINOR_UNITS = {"EUR": 2, "USD": 2, "GBP": 2, "JPY": 0, "CHF": 2, "KWD": 3}


class Money(NamedTuple):
    amount: Decimal
    currency: str

    @classmethod
    def of(cls, amount, currency):
        exp = Decimal(1).scaleb(-MINOR_UNITS[currency])
        return cls(Decimal(amount).quantize(exp), currency)

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} + {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __neg__(self):
        return Money(-self.amount, self.currency)

    def __str__(self):
        places = MINOR_UNITS[self.currency]
        return f"{self.amount:,.{places}f} {self.currency}"


@dataclass
class Posting:
    day: date
    account: str
    money: Money
    memo: str


def make_rates(seed=77):
    rng = random.Random(seed)
    base = {"USD": Decimal("1.0850"), "GBP": Decimal("0.8560"), "JPY": Decimal("161.20"),
            "CHF": Decimal("0.9620"), "KWD": Decimal("0.3331")}
    rates = {}
    d = date(2024, 4, 1)
    for i in range(10):
        day = d + timedelta(days=i)
        for cur, r in base.items():
            drift = Decimal(rng.randint(-60, 60)) / Decimal(10000)
            base[cur] = (r * (1 + drift)).quantize(Decimal("0.0001"))
        rates[day] = dict(base, EUR=Decimal(1))
    return rates


RATES = make_rates()


def to_eur(m: Money, day: date) -> Money:
    return Money.of(m.amount / RATES[day][m.currency], "EUR")


ledger: list[Posting] = []


def post(day, memo, *legs):
    # every transaction must balance in EUR at the day's rate (within rounding, booked to 'fx:rounding')
    total = sum((to_eur(m, day).amount for _, m in legs), Decimal(0))
    for account, m in legs:
        ledger.append(Posting(day, account, m, memo))
    if total:
        ledger.append(Posting(day, "fx:rounding", Money.of(-total, "EUR"), memo))


D = lambda n: date(2024, 4, n)
post(D(1), "opening balance", ("bank:eur", Money.of("50000", "EUR")), ("equity", Money.of("-50000", "EUR")))
usd = Money.of("10850.00", "USD")
post(D(1), "buy USD", ("bank:usd", usd), ("bank:eur", -to_eur(usd, D(1))))
post(D(2), "invoice paid by US client", ("bank:usd", Money.of("2400", "USD")),
     ("revenue", -to_eur(Money.of("2400", "USD"), D(2))))
post(D(3), "Tokyo supplier", ("expenses:cogs", to_eur(Money.of("385000", "JPY"), D(3))),
     ("bank:eur", -to_eur(Money.of("385000", "JPY"), D(3))))
post(D(5), "London office rent", ("expenses:rent", Money.of("3100", "EUR")), ("bank:gbp", Money.of("-2650.00", "GBP")))
post(D(6), "Zurich consulting", ("bank:chf", Money.of("4812.35", "CHF")), ("revenue", Money.of("-5000", "EUR")))
post(D(8), "Kuwait fee", ("expenses:fees", Money.of("12.50", "EUR")), ("bank:kwd", Money.of("-4.162", "KWD")))
post(D(9), "sell USD", ("bank:eur", to_eur(Money.of("5000", "USD"), D(9))), ("bank:usd", Money.of("-5000", "USD")))

print(f"{'date':<10} {'account':<15} {'amount':>18} {'EUR':>12}  memo")
for p in ledger:
    print(f"{p.day:%m-%d}      {p.account:<15} {str(p.money):>18} {to_eur(p.money, p.day).amount:>12}  {p.memo}")

balances = defaultdict(lambda: defaultdict(Decimal))
for p in ledger:
    balances[p.account][p.money.currency] += p.money.amount
close = D(10)
print(f"\nTrial balance at {close} rates:")
grand = Decimal(0)
for account in sorted(balances):
    for cur, amt in sorted(balances[account].items()):
        eur = to_eur(Money.of(amt, cur), close).amount
        grand += eur
        print(f"  {account:<15}{str(Money.of(amt, cur)):>20}{eur:>14}")
print(f"  {'unrealised fx':<15}{'':>20}{-grand:>14}")
print("rates on close:", {k: str(v) for k, v in sorted(RATES[close].items())})
print("cross rate GBP/USD:", (RATES[close]["USD"] / RATES[close]["GBP"]).quantize(Decimal("0.000001")))
try:
    Money.of("1", "EUR") + Money.of("1", "USD")
except ValueError as e:
    print("error:", e)
print(Money.of("1234.5", "JPY"), Money.of("0.0005", "KWD"), Money.of("2.675", "GBP"), getcontext().prec,
      Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP), Decimal(1).scaleb(-3))
