# Fraction and Decimal together: exact conversions, comparisons both ways, mixed arithmetic
# refused as CPython refuses it.
from decimal import Decimal as D, localcontext
from fractions import Fraction as F


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: F(D('1.25')))
show(lambda: F(D('-0.001')))
show(lambda: F(D(3)))
show(lambda: F.from_decimal(D('-0.5')))
show(lambda: F.from_decimal(7))
show(lambda: F.from_decimal(1.5))
for x in [D('NaN'), D('Infinity')]:
    show(lambda: F(x))
    show(lambda: F.from_decimal(x))
show(lambda: (F(1, 2) == D('0.5'), D('0.5') == F(1, 2), F(1, 3) < D('0.34'), D('0.33') > F(1, 3)))
show(lambda: F(1, 2) + D('0.5'))
show(lambda: D('0.5') * F(1, 2))
show(lambda: sorted([F(1, 3), D('0.3'), D('0.35'), F(2, 7)]))
with localcontext(prec=5):
    show(lambda: D(F(1, 3).numerator) / F(1, 3).denominator)
print(hash(F(5, 4)) == hash(D('1.25')), hash(F(1, 3)) == hash(D(1) / 3))
