# Contexts: construction and checks, repr, flags and traps, current context, localcontext,
# the signal classes and their hierarchy, the constants.
import decimal
from decimal import *


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
print([ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
       ROUND_HALF_EVEN, ROUND_05UP])

c = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1,
            flags=[Inexact], traps=[DivisionByZero])
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags)
print(c.traps[DivisionByZero], c.traps[Overflow], c.flags[Inexact])
print(Context(flags={s: s is Rounded for s in [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
                                               Underflow, Subnormal, Inexact, Rounded, Clamped]}))
for kw in [dict(prec=0), dict(prec=-1), dict(prec='x'), dict(rounding='x'), dict(rounding=3),
           dict(Emin=1), dict(Emax=-1), dict(capitals=2), dict(clamp=-1), dict(traps=[int]),
           dict(flags={Inexact: True}), dict(prec=MAX_PREC), dict(Emin=MIN_EMIN)]:
    show(lambda: Context(**kw))
show(lambda: setattr(c, 'prec', 'x'))
show(lambda: setattr(c, 'prec', 0))
show(lambda: setattr(c, 'rounding', 3))
show(lambda: setattr(c, 'foo', 3))
show(lambda: c.foo)
show(lambda: setcontext(3))
show(lambda: localcontext(foo=3))
show(lambda: localcontext(prec='x'))
show(lambda: c.traps[int])
c.prec = 12
c.rounding = ROUND_HALF_UP
c.traps[Inexact] = True
c.flags[Overflow] = True
print(c)
c.clear_flags()
c.clear_traps()
print(c)
c2 = c.copy()
c2.prec = 3
print(c.prec, c2.prec)

# Flags accumulate; traps raise with the list of trapped conditions.
ctx = getcontext()
ctx.clear_flags()
print(Decimal(1) / 3, ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
print(ctx)
for f in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal(5) % 0,
          lambda: Decimal(-1).sqrt(), lambda: Decimal('1e999999') * 10,
          lambda: Decimal('nan') < 1, lambda: divmod(Decimal(5), 0), lambda: Decimal(2) // 0,
          lambda: Decimal('1e20') // Decimal('1e-20'), lambda: Decimal(3).quantize(Decimal('1e-30'))]:
    show(f)
print(ctx.flags)
ctx.traps[Inexact] = True
show(lambda: Decimal(1) / 3)
show(lambda: Decimal(1) / 4)
ctx.traps[Inexact] = False
ctx.traps[FloatOperation] = True
show(lambda: Decimal(1.5))
show(lambda: Decimal(1) < 1.5)
show(lambda: Decimal(1) == 1.5)
ctx.traps[FloatOperation] = False
ctx.traps[DivisionByZero] = False
ctx.traps[InvalidOperation] = False
ctx.traps[Overflow] = False
print(Decimal(1) / 0, Decimal(0) / 0, Decimal('abc'), Decimal('1e999999') * 10, divmod(Decimal(5), 0))
print(ctx)
setcontext(DefaultContext)
print(getcontext())

with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / 7, lc is getcontext())
print(Decimal(1) / 7)
with localcontext(prec=3, rounding=ROUND_UP) as lc:
    print(Decimal(1) / 7, lc.rounding)
with localcontext(Context(prec=4)):
    print(Decimal(2) / 3)
    with localcontext(traps=[]):
        print(Decimal(1) / 0)
print(getcontext().prec)
new = Context(prec=6)
setcontext(new)
print(getcontext() is new, Decimal(2).sqrt())
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext())
print(Decimal(1) / 0, Decimal(0) / 0)
setcontext(Context())

for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation]:
    print(cls.__name__, cls.__module__, [k.__name__ for k in cls.__mro__])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught', type(e).__name__, e.args)
try:
    Decimal(0) / 0
except ArithmeticError as e:
    print('caught', type(e).__name__, e.args)
print(type(localcontext()).__name__, type(getcontext().flags))
print(sorted(dir(Decimal)))
print(sorted(n for n in dir(Context) if n != '_apply'))
f = Context().flags
f.update({Inexact: True})
print(f.setdefault(Inexact), f.get(Rounded), len(f), list(f.keys()) == list(f), dict(f.items()) == f.copy(), f == f.copy())
show(lambda: getcontext().canonical(1))
print(sorted(n for n in dir(decimal) if not n.startswith('_')))
c = Context()
for name in ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'power', 'compare', 'max', 'min', 'quantize', 'remainder_near', 'same_quantum', 'compare_total', 'copy_sign', 'next_toward']:
    print(name, getattr(c, name)(Decimal('7.5'), 2))
for name in ['abs', 'minus', 'plus', 'sqrt', 'exp', 'ln', 'log10', 'logb', 'normalize', 'next_plus', 'next_minus', 'number_class', 'to_integral_value', 'to_integral_exact', 'to_eng_string', 'to_sci_string', 'copy_abs', 'copy_negate', 'is_finite', 'is_signed', 'is_zero', 'is_normal', 'is_subnormal', 'is_nan', 'is_qnan', 'is_snan', 'is_infinite', 'is_canonical', 'copy_decimal']:
    print(name, getattr(c, name)(Decimal('-7.5E+3')))
print(c.divmod(7, 2), c.fma(2, 3, 4), c.radix(), c.create_decimal('1.23456789'), c.power(2, 10, 1000))
print(Context(prec=3).create_decimal('1.23456789'), Context(prec=3).create_decimal(123456), Context(prec=3).create_decimal_from_float(0.1))
show(lambda: Context(prec=3).create_decimal('NaN12345'))
show(lambda: c.add(1.5, 2))
show(lambda: c.add(Decimal(1), 1.5))
show(lambda: c.add('1', 2))
show(lambda: c.sqrt(2.0))
Context(prec=3).create_decimal('12x')
