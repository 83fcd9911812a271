# Coefficients past the 4300-digit int/str conversion limit: precision 10,000, long literals,
# long NaN payloads, formatting and tuples of them.
from decimal import *
def show(f):
    try:
        r = f()
        s = repr(r)
        print(len(s), s[:50], s[-30:])
    except Exception as e:
        print(type(e).__name__, str(e)[:80])
c = Context(prec=10000)
show(lambda: c.divide(Decimal(1), Decimal(7)))
show(lambda: c.sqrt(Decimal(2)))
show(lambda: Decimal('1' * 9000 + '.' + '2' * 3000))
show(lambda: Decimal('1' * 9000 + '.' + '2' * 3000).as_tuple()[1][-5:])
show(lambda: Decimal('NaN' + '3' * 5000))
show(lambda: c.multiply(Decimal('3' * 5000), Decimal('7' * 5000)))
show(lambda: format(c.divide(Decimal(1), Decimal(3)), ',.6000f'))
show(lambda: Decimal(2) ** Decimal('1e-999999999'))
show(lambda: c.ln(Decimal('1.' + '0' * 5000 + '1')))
show(lambda: c.logical_invert(Decimal(0)))
show(lambda: Context(prec=6000).create_decimal('9' * 6001))
show(lambda: int(Decimal('9' * 5000)) % 1000)
show(lambda: Decimal(10 ** 5000 + 1))
show(lambda: c.to_eng_string(c.divide(Decimal(1), Decimal(3))))
