"""Loan amortisation schedules with Decimal: fixed-rate annuity, extra payments, and an APR check."""
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP, getcontext, localcontext

getcontext().prec = 28
CENT = Decimal("0.01")


def money(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class Row:
    n: int
    payment: Decimal
    interest: Decimal
    principal: Decimal
    balance: Decimal


def annuity_payment(principal: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    r = annual_rate / 12
    if r == 0:
        return money(principal / months)
    factor = (1 + r) ** months
    return money(principal * r * factor / (factor - 1))


def schedule(principal: Decimal, annual_rate: Decimal, months: int, extra: dict | None = None):
    extra = extra or {}
    pay = annuity_payment(principal, annual_rate, months)
    balance = principal
    rows = []
    n = 0
    while balance > 0:
        n += 1
        interest = money(balance * annual_rate / 12)
        principal_part = pay - interest + extra.get(n, Decimal(0))
        if principal_part >= balance or n == months:
            principal_part = balance
        balance -= principal_part
        rows.append(Row(n, interest + principal_part, interest, principal_part, balance))
    return pay, rows


def print_schedule(rows, every=12):
    print(f"{'#':>4} {'payment':>10} {'interest':>10} {'principal':>10} {'balance':>12}")
    for row in rows:
        if row.n <= 3 or row.n % every == 0 or row is rows[-1]:
            print(f"{row.n:>4} {row.payment:>10,} {row.interest:>10,} {row.principal:>10,} {row.balance:>12,}")


loan = Decimal("250000.00")
rate = Decimal("0.0575")
months = 30 * 12
pay, rows = schedule(loan, rate, months)
print(f"Loan {loan:,} at {rate:.2%} for {months} months -> monthly payment {pay}")
print_schedule(rows, every=60)
total_interest = sum(r.interest for r in rows)
print(f"total paid {sum(r.payment for r in rows):,}  interest {total_interest:,}  ratio {total_interest / loan:.4f}")
assert sum(r.principal for r in rows) == loan

print("\nWith 200.00 extra every month and 10,000.00 in month 24:")
extra = {n: Decimal("200") for n in range(1, months + 1)}
extra[24] += Decimal("10000")
pay2, rows2 = schedule(loan, rate, months, extra)
print_schedule(rows2, every=60)
saved = total_interest - sum(r.interest for r in rows2)
print(f"paid off after {len(rows2)} months ({len(rows2) // 12}y {len(rows2) % 12}m), interest saved {saved:,}")

print("\nRate comparison for a 20,000.00 car loan over 60 months:")
for r in ("0", "0.019", "0.049", "0.0799", "0.1249"):
    rr = Decimal(r)
    p = annuity_payment(Decimal(20000), rr, 60)
    print(f"  {rr:>7.2%}  payment {p:>8}  total interest {money(p * 60 - 20000):>9}")

# effective annual rate from a nominal one, at high precision
with localcontext() as ctx:
    ctx.prec = 50
    nominal = Decimal("0.0575")
    ear = (1 + nominal / 12) ** 12 - 1
    print(f"\neffective annual rate: {ear}")
    print(f"rounded: {ear.quantize(Decimal('0.000001'))}")
print("context precision restored:", getcontext().prec)

# solve for the rate given a payment (bisection on Decimal)
target = Decimal("1458.94")
lo, hi = Decimal(0), Decimal("0.2")
for _ in range(60):
    mid = (lo + hi) / 2
    if annuity_payment(loan, mid, months) < target:
        lo = mid
    else:
        hi = mid
print(f"rate implied by payment {target}: {hi.quantize(Decimal('0.00001'))}")
print(Decimal("1.005").quantize(CENT), Decimal("1.015").quantize(CENT, ROUND_HALF_UP), Decimal("2.5").to_integral_value(),
      Decimal("-0.005").quantize(CENT, rounding=ROUND_HALF_UP), Decimal("1E+3") + 1, Decimal("0.1") * 3 == Decimal("0.3"))
