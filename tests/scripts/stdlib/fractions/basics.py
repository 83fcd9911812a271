import math
from fractions import Fraction as F
import fractions

for args in [(), (3,), (3, 4), (10, -8), (-6, -4), (F(1, 7), 5), (F(1, 7), F(2, 3)), (True,),
             (0.75,), (-0.1,), (1e300,), (5, True)]:
    f = F(*args)
    print(repr(f), str(f), f.numerator, f.denominator)
for s in ['3/4', ' -1.5e3 ', '1_000', '314', '-35/4', '3.1415', '-47e-2', '.5', '1.', '+7',
          '1_0.2_5', '2E+3', '\t12/16\n', '0/5', '١٢']:
    print(repr(s), repr(F(s)))
for bad in ['x', '', '1/', '/2', '1/2.5', '1e', '1__0', '_1', '1_', '3/-4', '1.5/2', ' . ', 'nan',
            'inf', '1 /2', '1.e', '--1']:
    try:
        F(bad)
    except ValueError as e:
        print('ValueError', e)
for a, b in [(1, 0), (F(1, 2), 0), (0, 0)]:
    try:
        F(a, b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
for bad in [[1], None, b"1"]:
    try:
        F(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in [(1.5, 2), (1, 2.0), ('1', 2)]:
    try:
        F(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    F(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    F(float('inf'))
except OverflowError as e:
    print('OverflowError', e)

print(F.from_float(0.3), F.from_float(7), F.from_decimal(3))
for bad in ['1', 1.5]:
    try:
        F.from_float(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    F.from_decimal(1.5)
except TypeError as e:
    print('TypeError', e)
print(F(3, 4).as_integer_ratio(), F(-3).as_integer_ratio())
print(F('3.1415926535897932').limit_denominator(1000), F(1, 3).limit_denominator(10))
print(F(4321, 8765).limit_denominator(10000), F(3.141592653589793).limit_denominator(100))
print(F(-7, 11).limit_denominator(5), F(1, 2).limit_denominator(1))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
print(F(1, 2).real, F(1, 2).imag, F(1, 2).conjugate(), float(F(1, 3)))
print(int(F(-7, 2)), int(F(7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)))
print(bool(F(0)), bool(F(1, 9)), abs(F(-1, 2)), -F(1, 2), +F(1, 2))
print(fractions.__all__, type(F(1, 2)).__module__, type(F(1,2)).__name__)
class G(F):
    pass
g = G(1, 2)
print(repr(g), repr(+g), type(g + 1).__name__, repr(G('0.25')))
