# statistics over Decimal data: exact sums converted once to Decimal in the current
# context, correctly rounded stdev, the coercion errors with float.
import statistics
from decimal import Decimal as D, localcontext


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = [D('1.5'), D('2.5'), D('3.25'), D('10.125'), D('-4')]
for f in [statistics.mean, statistics.median, statistics.fmean, statistics.stdev,
          statistics.pstdev, statistics.variance, statistics.pvariance, statistics.median_low,
          statistics.median_high, statistics.mode, statistics.median_grouped]:
    show(lambda: f(data))
show(lambda: statistics.harmonic_mean([D('1.5'), D('2.5'), D('3.25')]))
show(lambda: statistics.geometric_mean([D('1.5'), D('2.5'), D('3.25')]))
with localcontext(prec=6):
    show(lambda: statistics.mean(data))
    show(lambda: statistics.stdev(data))
for d in [[D(1), 1.5], [D(1), 2, True], [D(1), D('NaN')], [D(1), D(1)], [D('Infinity'), D(1)], [D('0.1')] * 7]:
    show(lambda: statistics.mean(d))
    show(lambda: statistics.stdev(d))
    show(lambda: statistics.variance(d))
