import math, operator
from fractions import Fraction as F

a, b = F(1, 3), F(-5, 4)
for op in [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv,
           operator.mod, divmod]:
    for x, y in [(a, b), (a, 2), (2, a), (a, 0.5), (0.5, a), (b, True)]:
        try:
            r = op(x, y)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(op.__name__, repr(x), repr(y), repr(r))
for x, y in [(a, 0), (0, F(0)), (a, F(0))]:
    for op in [operator.truediv, operator.floordiv, operator.mod, divmod]:
        try:
            op(x, y)
        except ZeroDivisionError as e:
            print(op.__name__, 'ZeroDivisionError', e)
for x, y in [(F(2, 3), 3), (F(2, 3), -3), (F(-2, 3), -3), (F(-2, 3), 3), (F(4, 9), F(1, 2)),
             (F(4, 9), 0.5), (2, F(3)), (2, F(-1)), (2, F(1, 2)), (2.0, F(1, 2)), (F(0), -1),
             (F(9), F(-2)), (4, F(3, 2)), (F(2, 3), 0), (1.5, F(2))]:
    try:
        print(repr(x), '**', repr(y), '=', repr(x ** y))
    except Exception as e:
        print(repr(x), '**', repr(y), type(e).__name__, e)
try:
    F(1, 2) + 'x'
except TypeError as e:
    print('TypeError', e)
try:
    'x' * F(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    F(1, 2) < 'x'
except TypeError as e:
    print('TypeError', e)

# comparisons
for x, y in [(F(1, 2), 0.5), (F(1, 3), 1 / 3), (F(1, 2), F(2, 4)), (F(2), 2), (F(1, 2), 1),
             (F(1, 2), float('inf')), (F(1, 2), float('-inf')), (F(1, 2), float('nan')),
             (F(1), True), (F(10**30), 1e30)]:
    print(repr(x), repr(y), x == y, x != y, end=' ')
    try:
        print(x < y, x <= y, x > y, x >= y, y < x, y > x)
    except TypeError as e:
        print('TypeError', e)
print(sorted([F(1, 2), 0.25, 1, F(-3, 4), 0]))
print(max(F(1, 3), 0.3), min(F(1, 3), F(1, 4)))

# hashing
for v in [F(1, 3), F(-1, 3), F(1, 2), F(5), F(-1), F(0), F(10**30, 7), F(1, 2**61 - 1),
          F(-1, 2**61 - 1), F(3, 2**62), F(22, 7), F(-2, 1)]:
    print(repr(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(7)) == hash(7), hash(F(-1)) == hash(-1))
d = {F(1, 2): 'half', 2: 'two'}
print(d[0.5], d[F(2)], F(1, 4) in {0.25}, len({F(1, 2), 0.5, F(2, 4)}))

# rounding
for v in [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(2, 3), F(-1, 3), F(0)]:
    print(repr(v), round(v), type(round(v)).__name__)
for v, n in [(F(12345, 1000), 2), (F(125, 1000), 2), (F(135, 1000), 2), (F(12345, 1), -2),
             (F(1250), -2), (F(1, 3), 0), (F(-155, 100), 1)]:
    print(repr(v), n, repr(round(v, n)))
print(math.floor(F(7, 3)), math.ceil(F(7, 3)), math.trunc(F(7, 3)))
print(sum([F(1, 2), F(1, 3), F(1, 6)]), sum([F(1, 10)] * 10) == 1)
print(F(1, 3) + 0.5, 0.5 - F(1, 3), F(3, 4) * 4, 4 / F(3, 4))
import copy
f = F(1, 2)
print(copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())
print(f'{F(1, 3)!s:>8}|{F(1,3)!r}', '%s' % F(2, 6))
try:
    format(F(1, 3), '.2f')
except TypeError as e:
    print('TypeError', e)
print(format(F(1, 3)), format(F(1, 3), ''))
