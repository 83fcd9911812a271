# sqrt, exp, ln, log10 and powers correctly rounded at many precisions, against CPython.
from decimal import *

D = Decimal
values = ['2', '3', '0.5', '10', '0.1', '1.0001', '0.9999', '123456.789', '1E-10', '7E+20',
          '2.718281828459045', '99', '1E+100', '0.000123', '31415926535.8979', '1.5', '16',
          '0.0625', '1E-999', '5E+999']
for prec in [1, 3, 9, 28, 50]:
    with localcontext(prec=prec) as c:
        for s in values:
            x = D(s)
            print(prec, s, x.sqrt(), x.ln(), x.log10(), x.exp() if x.adjusted() < 7 else '-')
        for s in ['-2', '-0.5', '0.001', '-30', '25.5', '-230', '1E-30', '-1E-30']:
            print(prec, s, D(s).exp())
        for a, b in [('2', '0.5'), ('10', '-1.5'), ('1.0001', '10000'), ('4', '1.5'), ('0.5', '2.5'),
                     ('3', '33'), ('7.5', '-3'), ('1.1', '365'), ('123.456', '0.25'), ('2', '1000'),
                     ('0.99', '-200')]:
            print(prec, a, b, D(a) ** D(b))
print(Decimal(0).sqrt(), Decimal('-0.00').sqrt(), Decimal('1E-5').sqrt(), Decimal(100).sqrt(), Decimal('0.0400').sqrt())
print(Decimal(0).exp(), Decimal('-Infinity').exp(), Decimal('Infinity').ln(), Decimal(1).ln(), Decimal('1.000').log10(),
      Decimal('1000').log10(), Decimal('0.001').log10(), Decimal(0).ln(), Decimal(0).log10())
for f in [lambda: Decimal(-1).ln(), lambda: Decimal(-1).log10(), lambda: Decimal(-4).sqrt(),
          lambda: Decimal('-Infinity').ln(), lambda: Decimal('1e10').exp(), lambda: Decimal(-8) ** Decimal('0.5'),
          lambda: Decimal(0) ** 0]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
c = getcontext()
c.clear_flags()
Decimal(2).exp()
print(c.flags[Inexact], c.flags[Rounded], c.flags[Underflow])
c.traps[Overflow] = False
print(Decimal('1e10').exp(), Decimal('-1e10').exp(), c.flags[Underflow], c.flags[Clamped])
