# Decimal through other parts of the runtime: math, %-formatting (__float__/__int__),
# str.format, statistics, json, int conversions.
import math, statistics, json
from decimal import Decimal as D
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: math.sqrt(D(2)))
show(lambda: math.isclose(D('1.0'), 1))
show(lambda: '%s|%r|%.2f|%d|%5.1e' % (D('1.005'), D('1.005'), D('1.005'), D('7.9'), D('12345')))
show(lambda: '{:.3f} {!r} {}'.format(D('2.0005'), D(1), D('1E+3')))
show(lambda: statistics.mean([D('1.5'), D('2.5'), D('3.25')]))
show(lambda: statistics.median([D('1.5'), D('2.5'), D('3.25')]))
show(lambda: statistics.fmean([D('1.5'), D('2.5')]))
show(lambda: statistics.stdev([D('1.5'), D('2.5'), D('3.25')]))
show(lambda: json.dumps({'a': float(D('1.5'))}))
show(lambda: json.loads('{"x": 1.10}', parse_float=D))
show(lambda: json.dumps(D('1.5')))
show(lambda: int(D('12.7')) + round(D('2.5')))
show(lambda: list(range(D(3))))
show(lambda: [1, 2, 3][D(1)])
show(lambda: divmod(D(7), D(2)))
show(lambda: abs(D('-3.5')))
show(lambda: max([D('1'), D('1.00'), 1]))
show(lambda: sum([D('1.1'), D('2.2')], D(0)))
