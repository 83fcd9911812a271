"""Savings plan projections: compound interest with Decimal, tax on gains, inflation, and a Fraction cross-check."""
import decimal
from decimal import Decimal as D
from fractions import Fraction
from itertools import accumulate
import math

decimal.getcontext().prec = 40
TWO = D("0.01")


def r2(x):
    return x.quantize(TWO, rounding=decimal.ROUND_HALF_UP)


def grow(initial, monthly, annual_rate, years, tax_rate=D(0), fee_rate=D(0)):
    """Month by month: deposit at start, interest credited monthly, fee and tax settled yearly."""
    balance = D(initial)
    deposited = D(initial)
    history = []
    for year in range(1, years + 1):
        start = balance
        interest_year = D(0)
        for _ in range(12):
            balance += monthly
            deposited += monthly
            interest = r2(balance * annual_rate / 12)
            interest_year += interest
            balance += interest
        fee = r2(balance * fee_rate)
        tax = r2(max(interest_year - fee, D(0)) * tax_rate)
        balance -= fee + tax
        history.append((year, start, interest_year, fee, tax, balance, deposited))
    return history


plans = {
    "cautious": dict(initial=D("5000"), monthly=D("150"), annual_rate=D("0.025"), years=10, tax_rate=D("0.26375")),
    "balanced": dict(initial=D("5000"), monthly=D("150"), annual_rate=D("0.05"), years=10, tax_rate=D("0.26375"), fee_rate=D("0.004")),
    "bold": dict(initial=D("5000"), monthly=D("150"), annual_rate=D("0.075"), years=10, tax_rate=D("0.26375"), fee_rate=D("0.0125")),
}
results = {}
for name, plan in plans.items():
    hist = grow(**plan)
    results[name] = hist
    print(f"== {name}: {plan['annual_rate']:.1%} p.a., fee {plan.get('fee_rate', D(0)):.2%}")
    print(f"{'yr':>3}{'interest':>11}{'fee':>9}{'tax':>9}{'balance':>13}{'deposited':>12}")
    for year, start, interest, fee, tax, bal, dep in hist:
        if year in (1, 2, 5, 10):
            print(f"{year:>3}{interest:>11}{fee:>9}{tax:>9}{bal:>13,}{dep:>12,}")
    final = hist[-1]
    gain = final[5] - final[6]
    print(f"   gain {gain:,} = {gain / final[6]:.2%} of deposits")

inflation = D("0.021")
print("\nReal value of the final balances (inflation 2.1%):")
for name, hist in results.items():
    real = hist[-1][5] / (1 + inflation) ** 10
    print(f"  {name:<9}{r2(real):>12,}")

print("\nRule of 72 vs exact doubling time:")
for pct in (2, 3, 5, 7, 10):
    exact = math.log(2) / math.log(1 + pct / 100)
    dec_exact = D(2).ln() / (1 + D(pct) / 100).ln()
    print(f"  {pct:>2}%  72/r={72 / pct:5.2f}  exact={exact:.4f}  decimal={dec_exact.quantize(D('0.0001'))}")

# cross-check one year of monthly compounding exactly with fractions
p0 = Fraction(1000)
r = Fraction(5, 100) / 12
exact = p0 * (1 + r) ** 12
print("\n1000 at 5%/12 for 12 months:")
print("  Fraction:", exact, "~", f"{float(exact):.10f}")
d_exact = D(1000) * (1 + D(5) / 100 / 12) ** 12
print("  Decimal :", d_exact)
print("  agree to 1e-30:", abs(D(exact.numerator) / D(exact.denominator) - d_exact) < D("1e-30"))

deposits = [D("100")] * 6 + [D("250")] * 6
print("\nrunning deposits:", [str(x) for x in accumulate(deposits)][-4:])
print("sqrt(2) to 40 digits:", D(2).sqrt())
print("exp(1):", D(1).exp(), "log10(1000):", D(1000).log10())
print("tuple:", D("-12.340").as_tuple(), "normalize:", D("-12.340").normalize(), D("1.2E+3").normalize(), D("100").normalize())
print("compare:", D("1.0") == D("1.00"), D("1.0").compare(D("1.00")), D("2") ** -2, D(10) // D(3), D(-10) % D(3), divmod(D(-7), D(2)))
print("fma/copy_sign:", D(2).fma(3, 4), D("3.5").copy_sign(D(-1)), D("7.25").max(D("7.3")), D("1.23456789").scaleb(2))
