# %-formatting of objects that are not int or float: %d/%i/%u through __int__, the float
# conversions through __float__ (CPython's PyNumber_Long / PyFloat_AsDouble), and the
# message when __float__ returns something else.
from fractions import Fraction


class F:
    def __float__(self):
        return 2.5


class I:
    def __int__(self):
        return 7


class B:
    def __float__(self):
        return 'x'


for fmt, v in [('%f', F()), ('%d', I()), ('%i', I()), ('%u', I()), ('%x', I()), ('%d', F()),
               ('%.3f', Fraction(1, 3)), ('%d', Fraction(7, 2)), ('%e', F()), ('%g', F()),
               ('%f', B()), ('%5.1f|%-4d|', (F(), I())), ('%i', True), ('%f', True)]:
    try:
        print(fmt, repr(fmt % v))
    except Exception as e:
        print(fmt, type(e).__name__, e)
