# Operators and methods with the context's rounding, mixing with int, the TypeErrors of
# float and other operands, comparisons with int/float/Fraction, NaN ordering.
from decimal import *
from fractions import Fraction

D = Decimal


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


a, b = D('12.345'), D('-0.67')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +b, abs(b))
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 4, 4 / a, a // 5, 5 // a, a % 5, 5 % a,
      divmod(7, D(2)), 2 ** D(10), D(2) ** 10, pow(D(3), 4, 5))
print(D('0.1') + D('0.2') == D('0.3'), D('1.00') + D('2.000'), D('1.30') * D('1.20'))
print(D(1) / D(8), D(100) / D(4), D('1E+2') / D(4), D(1) / D('0.001'), D('-0') / 5, D(0) / D('-5.00'))
print(D(-7) // 2, D(-7) % 2, D(7) // -2, D(7) % -2, D('-7.5') // D('0.5'), D('7.5') % D('-2'))
print(D(10) ** -2, D('0.5') ** 3, D(-2) ** 3, D(-2) ** -3, D(2) ** D('0.5'), D('1.0') ** 5)
print(D(0) ** 3, D('-0') ** 3, D(0) ** -1, D('Infinity') ** -1, D('-Infinity') ** 3, D(1) ** D('Infinity'))
for op in ['+', '-', '*', '/', '//', '%', '**', '<', '<=', '>', '>=', '==']:
    for other in ['1.5', "'1'", 'None', '[1]', 'Fraction(1, 2)']:
        for expr in ['D(1) %s %s' % (op, other), '%s %s D(1)' % (other, op)]:
            print(expr, end=' ')
            show(lambda: eval(expr))
show(lambda: divmod(D(1), 1.5))
show(lambda: pow(D(1), 2, 1.5))
show(lambda: D(1).quantize(1.5))
show(lambda: D(1).compare('1'))

for x in ['1', '1.0', '1.5', '-2', 'NaN', 'sNaN', 'Infinity', '-Infinity', '0', '-0']:
    for y in [1, 1.0, 1.5, -2, float('inf'), float('nan'), Fraction(3, 2), Fraction(-2), D('1.5')]:
        print(x, repr(y), end=' ')
        show(lambda: (D(x) == y, D(x) != y))
        if x != 'sNaN' and x != 'NaN':
            show(lambda: (D(x) < y, D(x) <= y, D(x) > y, D(x) >= y, y < D(x)))
show(lambda: D('NaN') < 1)
show(lambda: D('NaN') >= D('NaN'))
show(lambda: 1 > D('sNaN'))
show(lambda: D('sNaN') == 1)
show(lambda: D('sNaN') != D('sNaN'))
show(lambda: sorted([D('3'), 1, 2.5, D('-1.5'), Fraction(1, 3)]))
show(lambda: max(D('1.0'), D('1')))
show(lambda: min(D('1.0'), 1))
print(D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D('0.1') < 0.1, D(1) == Fraction(1), D('0.5') == Fraction(1, 2))

print(D('7.325').quantize(D('.01')), D('7.325').quantize(D('.01'), rounding=ROUND_UP),
      D('7.325').quantize(D('1.')), D('-7.5').quantize(D('1'), ROUND_HALF_UP), D('123').quantize(D('1e1')),
      D('0').quantize(D('1e-5')), D('1.5').quantize(D('Infinity')) if False else '')
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
          ROUND_HALF_EVEN, ROUND_05UP]:
    print(r, [str(D(s).quantize(D('0.1'), rounding=r)) for s in
              ['1.25', '1.35', '-1.25', '1.251', '-1.249', '1.05', '1.01', '-1.06', '0.04', '9.96']])
show(lambda: D('123.456').quantize(D('1e-30')))
show(lambda: D('1e999998').quantize(D('1e-5')))
show(lambda: D('Infinity').quantize(D('1')))
show(lambda: D('Infinity').quantize(D('-Infinity')))
show(lambda: D(1).quantize(D(1), rounding='UP'))
show(lambda: D(1).quantize(D(1), context=3))

for s in ['1.5', '2.5', '-2.5', '1E+3', '1.23E-2', '-0.5', 'NaN', 'Infinity']:
    x = D(s)
    print(s, x.to_integral_value(), x.to_integral_exact(), x.to_integral(ROUND_UP),
          x.to_integral_value(rounding=ROUND_FLOOR), x.normalize(), x.adjusted(), x.number_class(),
          x.is_normal(), x.is_subnormal(), x.is_zero(), x.is_signed(), x.is_finite(),
          x.is_infinite(), x.is_nan(), x.is_qnan(), x.is_snan(), x.is_canonical(), x.canonical())
for s in ['120.00', '-1E+3', '100E-2', '1E-1000000']:
    x = D(s)
    print(s, x.normalize(), x.logb(), x.copy_abs(), x.copy_negate(), x.copy_sign(D(-1)),
          x.next_plus(), x.next_minus(), x.next_toward(0), x.number_class())
print(D(1).compare(2), D(2).compare(1), D('1.0').compare(D(1)), D('NaN').compare(1),
      D(1).compare_total(D('1.0')), D('1.0').compare_total(D(1)), D('-NaN').compare_total(D('NaN')),
      D('sNaN').compare_total(D('NaN')), D(-1).compare_total_mag(D(1)))
show(lambda: D(1).compare_signal(D('NaN')))
print(D(1).max(D('NaN')), D('NaN').min(D(2)), D(-3).max_mag(D(2)), D(-3).min_mag(D(2)),
      D('1.0').max(D(1)), D('-0').min(D(0)))
print(D(2).fma(3, 4), D('1.5').fma(D('2.5'), D('-3.75')), D(10).remainder_near(3),
      D(10).remainder_near(4), D(11).remainder_near(4), D('-10').remainder_near(D('6')))
print(D('1.23').scaleb(2), D('1.23').scaleb(-5), D(12345).shift(2), D(12345).shift(-2),
      D(12345).rotate(2), D(12345).rotate(-2), D('1.1').same_quantum(D('2.2')), D(1).same_quantum(D('1.0')))
print(D(1100).logical_and(D(1010)), D(1100).logical_or(D(1010)), D(1100).logical_xor(D(1010)),
      D(0).logical_invert(), D(1).logical_invert())
show(lambda: D(12).logical_and(D(1)))
show(lambda: D(1).scaleb(D('1.5')))
show(lambda: D(1).shift(100))
with localcontext(prec=5) as c:
    print(D('123.456789') + 0, D(2) / 3, D('99999.5') + 0, D('1E+999999') * 10 if False else '',
          c.flags[Inexact])
    c.traps[Overflow] = False
    print(D('9E+999999') * 10, -D('9E+999999') * 10)
    c.rounding = ROUND_DOWN
    print(D('9E+999999') * 10, D(2) / 3, D('-2') / 3)
    c.Emin = -5
    c.traps[Underflow] = False
    print(D('1E-5') / 100, D('1E-5') / 1000000, c.flags[Subnormal], c.flags[Underflow])
with localcontext(prec=3, Emax=5, clamp=1) as c:
    print(D('1E+5'), +D('1E+5'), D(1000) * 100, D('1.23E+3').normalize(), c.flags[Clamped])
show(lambda: D('1e999999') * 10)
show(lambda: D(5) // D('1e-30'))
print(sum([D('0.10')] * 10), sum([D('19.99'), D('5.01')], D(0)))
total = D(0)
for i in range(1, 101):
    total += (D(i) * D('1.0825')).quantize(D('0.01'), rounding=ROUND_HALF_UP)
print(total)
D(1) / 0
