"""Monthly payroll: progressive tax brackets, social contributions with caps, overtime, and payslips."""
import json
from dataclasses import dataclass, field, asdict
from decimal import Decimal, ROUND_HALF_UP, ROUND_FLOOR
from typing import List, Tuple

CENTS = Decimal("0.01")

# annual brackets: (upper bound or None, marginal rate)
BRACKETS: List[Tuple[Decimal, Decimal]] = [
    (Decimal("12000"), Decimal("0")),
    (Decimal("30000"), Decimal("0.20")),
    (Decimal("70000"), Decimal("0.32")),
    (None, Decimal("0.45")),
]
PENSION_RATE = Decimal("0.093")
HEALTH_RATE = Decimal("0.073")
PENSION_CAP_MONTHLY = Decimal("7550")
HEALTH_CAP_MONTHLY = Decimal("5175")


def round_cents(x: Decimal) -> Decimal:
    return x.quantize(CENTS, rounding=ROUND_HALF_UP)


def annual_tax(income: Decimal) -> Decimal:
    tax, lower = Decimal(0), Decimal(0)
    for upper, rate in BRACKETS:
        if income <= lower:
            break
        top = income if upper is None else min(income, upper)
        tax += (top - lower) * rate
        if upper is None:
            break
        lower = upper
    return tax.quantize(Decimal(1), rounding=ROUND_FLOOR)


@dataclass
class Employee:
    emp_id: str
    name: str
    annual_salary: Decimal = Decimal(0)
    hourly_rate: Decimal = Decimal(0)
    hours: Decimal = Decimal(0)
    overtime_hours: Decimal = Decimal(0)
    bonus: Decimal = Decimal(0)
    pension_opt_out: bool = False


@dataclass
class Payslip:
    emp_id: str
    name: str
    gross: Decimal
    pension: Decimal
    health: Decimal
    income_tax: Decimal
    net: Decimal
    lines: List[Tuple[str, Decimal]] = field(default_factory=list)


def run(e: Employee) -> Payslip:
    lines = []
    if e.annual_salary:
        base = round_cents(e.annual_salary / 12)
        lines.append(("base salary", base))
        hourly_equiv = e.annual_salary / 52 / 40
    else:
        base = round_cents(e.hourly_rate * e.hours)
        lines.append((f"{e.hours} h x {e.hourly_rate}", base))
        hourly_equiv = e.hourly_rate
    gross = base
    if e.overtime_hours:
        ot = round_cents(e.overtime_hours * hourly_equiv * Decimal("1.5"))
        lines.append((f"overtime {e.overtime_hours} h @150%", ot))
        gross += ot
    if e.bonus:
        lines.append(("bonus", e.bonus))
        gross += e.bonus
    pension = Decimal(0) if e.pension_opt_out else round_cents(min(gross, PENSION_CAP_MONTHLY) * PENSION_RATE)
    health = round_cents(min(gross, HEALTH_CAP_MONTHLY) * HEALTH_RATE)
    taxable_annual = (gross - pension - health) * 12
    tax = round_cents(annual_tax(taxable_annual) / 12)
    net = gross - pension - health - tax
    return Payslip(e.emp_id, e.name, gross, pension, health, tax, net, lines)


staff = [
    Employee("E001", "Grace Hopper", annual_salary=Decimal("96000")),
    Employee("E002", "Alan Turing", annual_salary=Decimal("54000"), overtime_hours=Decimal("6.5")),
    Employee("E003", "Ada Lovelace", annual_salary=Decimal("132000"), bonus=Decimal("5000")),
    Employee("E004", "Ken Thompson", hourly_rate=Decimal("23.75"), hours=Decimal("151.5"), overtime_hours=Decimal("12")),
    Employee("E005", "Barbara Liskov", annual_salary=Decimal("14400"), pension_opt_out=True),
    Employee("E006", "Dennis Ritchie", hourly_rate=Decimal("11.20"), hours=Decimal("80")),
]

slips = [run(e) for e in staff]
for s in slips:
    print(f"PAYSLIP {s.emp_id}  {s.name}")
    for label, amount in s.lines:
        print(f"   {label:<30}{amount:>12,.2f}")
    print(f"   {'GROSS':<30}{s.gross:>12,.2f}")
    for label, amount in (("pension", s.pension), ("health", s.health), ("income tax", s.income_tax)):
        print(f"   {label:<30}{-amount:>12,.2f}")
    print(f"   {'NET PAY':<30}{s.net:>12,.2f}   ({s.net / s.gross:.1%} of gross)")
    print()

totals = {k: sum((getattr(s, k) for s in slips), Decimal(0)) for k in ("gross", "pension", "health", "income_tax", "net")}
print("Payroll totals:")
for k, v in totals.items():
    print(f"  {k:<11}{v:>12,}")
assert totals["gross"] - totals["pension"] - totals["health"] - totals["income_tax"] == totals["net"]
employer_cost = totals["gross"] + totals["pension"] + totals["health"]
print(f"  employer cost (matching contributions): {employer_cost:,}")

print("\nAnnual tax table:")
for income in ("0", "12000", "12000.99", "30000", "45678.90", "70000", "250000"):
    inc = Decimal(income)
    t = annual_tax(inc)
    eff = (t / inc) if inc else Decimal(0)
    print(f"  {inc:>10}  tax {t:>7}  effective {eff:.2%}")

export = [{k: (str(v) if isinstance(v, Decimal) else v) for k, v in asdict(s).items() if k != "lines"} for s in slips]
print(json.dumps(export[:2], indent=1))
print(json.dumps({"totals": totals}, default=str, sort_keys=True))
