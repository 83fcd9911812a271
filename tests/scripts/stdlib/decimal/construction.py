# Decimal construction from every source, str/repr, as_tuple, conversions, hashing.
import math
from decimal import Decimal, DecimalTuple, getcontext, InvalidOperation, Context, FloatOperation
from fractions import Fraction


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['0', '-0', '+12', '1.20', '  1.5\n', '1_000', '1__0', '_1', '1_', '1e1_0', '.5', '1.',
          '-.5e-3', '1E+2', '1e-7', '123.456e-10', '0.000001', '0.0000001', '1E6', '12345678901234567890123456789012345',
          'Infinity', '-inf', 'iNF', '+Infinity', 'NaN', '-nan', 'NaN123', 'sNaN', '-sNaN0012',
          'NaN' + '1' * 40, '١٢٣', '0e-1000', '-0E+5', '1e999999999',
          '', ' ', '.', 'e5', '1e', '1e+', '1.2.3', 'abc', 'NaNx', 'in f', '1 2', '+-1', '0x10',
          'Infinityy', 'sNaN-1']:
    show(lambda: Decimal(s))

for v in [0, -0, 7, -123456789012345678901234567890, True, 10**30]:
    show(lambda: Decimal(v))

for f in [0.0, -0.0, 1.1, 0.1, -2.5, 1e300, 5e-324, float('inf'), float('-inf'), float('nan')]:
    show(lambda: Decimal(f))
    show(lambda: Decimal.from_float(f))
show(lambda: Decimal.from_float(3))
show(lambda: Decimal.from_float('1'))

for t in [(0, (1, 2), -1), (1, (0,), 0), (0, (), 0), (1, (1, 2, 3), 5), (0, (1, 2), 'F'),
          (1, (), 'n'), (0, (4, 2), 'N'), [0, [1, 2], 3], (2, (1,), 0), (0, (1, 12), 0),
          (0, (1,), 'x'), (0, (1,)), (0, (1,), 1.5), (0, 5, 0)]:
    show(lambda: Decimal(t))

for v in [None, b'1', [1], Fraction(1, 2)]:
    show(lambda: Decimal(v))

d = Decimal('3.14')
show(lambda: Decimal(d) is d)
show(lambda: Decimal(d, getcontext()))

for s in ['0', '1.20', '-1.2E+3', '123E-20', 'NaN', '-sNaN7', '-Infinity', '0E-5', '1E-6']:
    x = Decimal(s)
    print(str(x), repr(x), x.to_eng_string(), x.as_tuple(), x.adjusted())

for s in ['123E+1', '123E+2', '123E+3', '1E+6', '0E+1', '0E+2', '0E+3', '0E-7', '0E-8',
          '-12.34E-9', '1E-10', '12E-10', '123E-10']:
    print(s, Decimal(s).to_eng_string())

t = Decimal('-1.25').as_tuple()
print(t, t.sign, t.digits, t.exponent, type(t).__name__, isinstance(t, tuple))
print(DecimalTuple(0, (1,), 2))

for s in ['1.25', '-0.75', '100', '0', '-1.25e-5', '1e10', 'NaN', 'Infinity']:
    show(lambda: Decimal(s).as_integer_ratio())

for s in ['1.7', '-1.7', '2.5', '-2.5', '3.5', '0.4', '1e3', '-0', '123456789.987654321']:
    x = Decimal(s)
    print(s, int(x), float(x), round(x), math.floor(x), math.ceil(x), math.trunc(x),
          round(x, 1), round(x, -1))

for s in ['NaN', '-NaN', 'sNaN', 'Infinity', '-Infinity']:
    x = Decimal(s)
    show(lambda: int(x))
    show(lambda: float(x))
    show(lambda: round(x))
    show(lambda: round(x, 2))
    show(lambda: math.floor(x))
show(lambda: round(Decimal('1.2345'), 30))
show(lambda: round(Decimal('1.5'), 1.5))

for s in ['0', '-0', '1', '1.0', '1.5', '-2.25', '1e100', '1e-100', '123456789.125', 'Infinity', '-Infinity']:
    x = Decimal(s)
    print(s, hash(x) == hash(float(x)) if abs(x) < 10**300 else True,
          hash(x) == hash(Fraction(*x.as_integer_ratio())) if x.is_finite() else hash(x))
print(hash(Decimal(12345678901234567890)) == hash(12345678901234567890))
show(lambda: hash(Decimal('sNaN')))
nan = Decimal('NaN')
print(hash(nan) == hash(nan))
print(bool(Decimal(0)), bool(Decimal('0.00')), bool(Decimal('NaN')), bool(Decimal('-1e-9')))
print({Decimal('1.0'): 'a', 1: 'b'}, Decimal(1) in {1.0})
print(Decimal.__module__, Decimal.__name__, type(Decimal(1)))
print(Decimal('1.1').real, Decimal('1.1').imag, Decimal('1.1').conjugate())


class MyDec(Decimal):
    pass


m = MyDec('1.5')
print(type(m).__name__, m, repr(m), type(m + 1).__name__, type(MyDec.from_float(0.5)).__name__)
x = Decimal('1.5')
for name in ['foo', 'real', '_int']:
    show(lambda: setattr(x, name, 5))
show(lambda: delattr(x, 'foo'))
show(lambda: x.foo)
show(lambda: Decimal('1.5', 3))
show(lambda: Decimal(1, 3))
show(lambda: Decimal('x', Context(traps=[])))
show(lambda: Decimal(1.5, Context(traps=[FloatOperation])))
show(lambda: Decimal('abc'))
Decimal('1.2.3')
