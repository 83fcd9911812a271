# next_plus, next_minus and next_toward at the edges of a small exponent range.
from decimal import *
c = Context(prec=3, Emax=5, Emin=-5, traps=[])
for s in ['9.999E+5', '1E+6', '-9.999E+5', '1.2345E-9', '-1.2345E-9', '0', '-0', '999', '1E-7']:
    d = Decimal(s)
    print(s, c.next_plus(d), c.next_minus(d), c.next_toward(d, 0), c.next_toward(d, Decimal('Infinity')), c.flags)
    c.clear_flags()
