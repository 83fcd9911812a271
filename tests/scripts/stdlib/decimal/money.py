# A small invoicing run as a host script would write it: line totals, tax rounded half up
# to cents, discounts, currency conversion, splitting a bill, interest schedules.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, localcontext, getcontext

CENT = Decimal('0.01')
items = [('widget', '19.99', 3), ('gadget', '4.25', 12), ('gizmo', '129.00', 1), ('bolt', '0.035', 1000)]
subtotal = Decimal(0)
for name, price, qty in items:
    line = (Decimal(price) * qty).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f'{name:<8}{qty:>6} x {Decimal(price):>8} = {line:>10,.2f}')
discount = (subtotal * Decimal('0.075')).quantize(CENT, ROUND_HALF_UP)
taxable = subtotal - discount
tax = (taxable * Decimal('0.0825')).quantize(CENT, ROUND_HALF_UP)
total = taxable + tax
print(f'subtotal {subtotal:>12,.2f}\ndiscount {-discount:>12,.2f}\ntax      {tax:>12,.2f}\ntotal    {total:>12,.2f}')

rate = Decimal('0.9137')
print('EUR', (total * rate).quantize(CENT, ROUND_HALF_EVEN))

# Split among 7 people: shares in cents, the remainder cents go to the first people.
people = 7
cents = int(total * 100)
share, extra = divmod(cents, people)
shares = [Decimal(share + (1 if i < extra else 0)) / 100 for i in range(people)]
print(shares, sum(shares) == total)

# Monthly loan payment and a schedule, at 30 digits.
with localcontext() as ctx:
    ctx.prec = 30
    principal = Decimal('25000')
    r = Decimal('0.049') / 12
    n = 60
    payment = (principal * r / (1 - (1 + r) ** -n)).quantize(CENT, ROUND_HALF_UP)
    print('payment', payment)
    balance = principal
    for month in range(1, n + 1):
        interest = (balance * r).quantize(CENT, ROUND_HALF_UP)
        balance = balance + interest - payment
        if month % 12 == 0:
            print(month, interest, balance)
print(getcontext().prec)

# Compound growth and its log, percentages, truncation for display.
growth = Decimal('1.07') ** 10
print(growth, growth.quantize(Decimal('0.0001')), (growth - 1) * 100, growth.ln(), growth.log10())
print(f'{Decimal("0.0725"):.1%}', f'{Decimal("1234567.891"):,.2f}', f'{Decimal("-0.004"):.2f}',
      Decimal('2.675').quantize(CENT), Decimal('2.675').quantize(CENT, ROUND_HALF_UP),
      Decimal('19.999').quantize(CENT, ROUND_DOWN))
print(sorted([Decimal('10.5'), Decimal('2'), Decimal('-3.25'), Decimal('10.50')]),
      max(Decimal('1.10'), Decimal('1.1')), sum(Decimal(x) for x in ['0.1'] * 10))
