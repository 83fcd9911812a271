"""Basic statistics of numeric data (CPython 3.11's `statistics`, bit-identical results).

CPython sums exactly with `fractions.Fraction` and converts once at the end. Here the
exact sums are private rationals, a reduced `(numerator, denominator)` pair of ints,
denominator > 0, which keeps `fractions` out of this module's import. Data may be int,
bool, float, Fraction and Decimal (and their subclasses), with results typed as CPython's;
a Decimal type is recognised by its class, so `decimal` is imported only by `stdev`/`pstdev`
of Decimal data.
"""

__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]

import math
import sys
from math import exp, fabs, fsum, log, sqrt, tau, erf, hypot
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from itertools import repeat
import random


class StatisticsError(ValueError):
    pass


# -- exact rationals --------------------------------------------------------------------

def _ratio(n, d):
    """The reduced pair n/d (d != 0)."""
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    if g != 1:
        n, d = n // g, d // g
    return (n, d)


def _ratio_add(a, b):
    return _ratio(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _ratio_div_int(a, k):
    return _ratio(a[0], a[1] * k)


def _exact_ratio(x):
    """x as an exact (numerator, denominator) pair, or (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(
            f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _coerce(T, S):
    """The common type of T and S (int, float and their subclasses), or TypeError."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    Fraction = _fraction_class()
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _fraction_class():
    # Imported on first need: only Fraction data reaches here.
    from fractions import Fraction
    return Fraction


def _sum_ratios(partials, square_denominators=False):
    total = (0, 1)
    for d, n in partials.items():
        total = _ratio_add(total, _ratio(n, d * d if square_denominators else d))
    return total


def _sum(data):
    """(type, exact sum, count) of the data; the sum is a pair, or a float when not finite."""
    count = 0
    T = int
    partials = {}
    for x in data:
        n, d = _exact_ratio(x)
        T = _coerce(T, type(x))
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        return (T, partials[None], count)
    return (T, _sum_ratios(partials), count)


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count) of the data."""
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return (T, ssd, c, count)
    count = 0
    T = int
    sx_partials = {}
    sxx_partials = {}
    for x in data:
        n, d = _exact_ratio(x)
        T = _coerce(T, type(x))
        count += 1
        sx_partials[d] = sx_partials.get(d, 0) + n
        sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    if not count:
        return (T, (0, 1), (0, 1), 0)
    if None in sx_partials:
        ssd = sx_partials[None]
        return (T, ssd, ssd, count)
    sx = _sum_ratios(sx_partials)
    sxx = _sum_ratios(sxx_partials, square_denominators=True)
    # (count * sxx - sx * sx) / count
    num = count * sxx[0] * sx[1] * sx[1] - sx[0] * sx[0] * sxx[1]
    ssd = _ratio(num, sxx[1] * sx[1] * sx[1] * count)
    return (T, ssd, _ratio_div_int(sx, count), count)


def _is_decimal_type(T):
    for c in T.__mro__:
        if c.__name__ == 'Decimal' and c.__module__ == 'decimal':
            return True
    return False


def _decimal_sqrt_of_frac(n, m):
    """The square root of n/m as a Decimal, correctly rounded: the context's square root of
    the context's quotient, moved one step when the exact value lies past the midpoint to a
    neighbour."""
    from decimal import Decimal
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    rn, rd = root.as_integer_ratio()
    for step, sign in ((root.next_plus(), 1), (root.next_minus(), -1)):
        sn, sd = step.as_integer_ratio()
        # Compare n/m with ((root + step) / 2) ** 2, exactly.
        lhs = 4 * n * (rd * sd) ** 2
        rhs = m * (rn * sd + sn * rd) ** 2
        if (lhs - rhs) * sign > 0:
            return step
    return root


def _convert(value, T):
    """The exact value (a pair, or a non-finite float) as type T."""
    if type(value) is T:
        return value
    if type(value) is not tuple:
        return T(value)
    n, d = value
    if issubclass(T, int):
        if d == 1:
            return T(n)
        T = float
    if _is_decimal_type(T):
        return T(n) / T(d)
    if not issubclass(T, float) and issubclass(T, _fraction_class()):
        return T(n, d)
    return T(n / d)


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


# 2 * sys.float_info.mant_dig + 3, with pyrite's one float format (IEEE 754 binary64, 53
# significand bits) written out: reading `sys.float_info` here would build sys' lazy struct
# sequences (and import `types`) as a side effect of every `import statistics`.
_sqrt_bit_width = 2 * 53 + 3


def _isqrt_frac_rto(n, m):
    """Square root of n/m rounded down, with the last bit set when inexact (round to odd)."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(value):
    """Correctly rounded square root of the exact pair value."""
    if type(value) is float:
        value.numerator  # AttributeError, as CPython's stdev of non-finite data
    n, m = value
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        return float(_isqrt_frac_rto(n, m << 2 * q) << q)
    return _isqrt_frac_rto(n << -2 * q, m) / (1 << -q)


def _divide(value, k):
    """value / k for an exact pair or a non-finite float."""
    if type(value) is tuple:
        return _ratio_div_int(value, k)
    return value / k


# -- averages ---------------------------------------------------------------------------

def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_divide(total, n), T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    try:
        n = len(data)
    except TypeError:
        n = 0

        def count(iterable):
            nonlocal n
            for n, x in enumerate(iterable, start=1):
                yield x

        data = count(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)) or isinstance(x, _fraction_class()):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = repeat(1, n)
        sum_weights = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(_fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if type(total) is tuple:
        if total[0] <= 0:
            raise StatisticsError('Weighted sum must be positive')
        if type(sum_weights) is tuple:
            return _convert(_ratio(sum_weights[0] * total[1], sum_weights[1] * total[0]), T)
        return _convert(sum_weights / (total[0] / total[1]), T)
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    if type(sum_weights) is tuple:
        return _convert(sum_weights[0] / sum_weights[1] / total, T)
    return _convert(sum_weights / total, T)


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Estimates the median for numeric data binned around the midpoints of intervals."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - i) / (j - i)


def mode(data):
    """Return the most common data point from discrete or nominal data."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """Return a list of the most frequently occurring values, in first-seen order."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# -- spread -----------------------------------------------------------------------------

def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_divide(ss, n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_divide(ss, n), T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if _is_decimal_type(T):
        mss = _divide(ss, n - 1)
        if type(mss) is not tuple:
            mss.numerator  # AttributeError, as CPython's for non-finite data
        return _decimal_sqrt_of_frac(*mss)
    return _float_sqrt_of_frac(_divide(ss, n - 1))


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if _is_decimal_type(T):
        mss = _divide(ss, n)
        if type(mss) is not tuple:
            mss.numerator  # AttributeError, as CPython's for non-finite data
        return _decimal_sqrt_of_frac(*mss)
    return _float_sqrt_of_frac(_divide(ss, n))


# -- two inputs -------------------------------------------------------------------------

def covariance(x, y, /):
    """Covariance of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of simple linear regression by ordinary least squares."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# -- the normal distribution ------------------------------------------------------------

_SQRT2 = sqrt(2.0)


def _mean_stdev(data):
    """Mean and sample standard deviation of data, as floats."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if type(ss) is float:
        # Non-finite data: CPython's Fraction path fails over to this quotient.
        return (float(xbar), float(xbar) / float(ss))
    return (xbar[0] / xbar[1], _float_sqrt_of_frac(_divide(ss, n - 1)))


def _horner(coefficients, r):
    """c0*r**k + ... + ck evaluated as ((c0*r + c1)*r + ...) + ck, highest power first."""
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


# Wichura's algorithm AS 241 (1988), PPND16: rational approximations of the normal
# quantile on the central region |q| <= 0.425 and on the two tails.
_CENTRAL_NUM = (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
                45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
                133.14166789178437745, 3.387132872796366608)
_CENTRAL_DEN = (5226.495278852545925, 28729.085735721942674, 39307.89580009271061,
                21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
                42.313330701600911252, 1.0)
_NEAR_TAIL_NUM = (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
                  1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
                  4.6303378461565452959, 1.42343711074968357734)
_NEAR_TAIL_DEN = (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
                  0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
                  2.05319162663775882187, 1.0)
_FAR_TAIL_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
                 0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
                 5.4637849111641143699, 6.6579046435011037772)
_FAR_TAIL_DEN = (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
                 7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
                 0.59983220655588793769, 1.0)


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _horner(_CENTRAL_NUM, r) * q / _horner(_CENTRAL_DEN, r)
        return mu + x * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_NEAR_TAIL_NUM, r) / _horner(_NEAR_TAIL_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_FAR_TAIL_NUM, r) / _horner(_FAR_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + x * sigma


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        "Generate *n* samples for a given mean and standard deviation."
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        "Cumulative distribution function.  P(X <= x)"
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function.  x : P(X <= x) = p"""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """Divide into *n* continuous intervals with equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Compute the overlapping coefficient (OVL) between two normal distributions."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """Compute the Standard Score.  (x - mean) / stdev"""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        "Arithmetic mean of the normal distribution."
        return self._mu

    @property
    def median(self):
        "Return the median of the normal distribution"
        return self._mu

    @property
    def mode(self):
        """Return the mode of the normal distribution"""
        return self._mu

    @property
    def stdev(self):
        "Standard deviation of the normal distribution."
        return self._sigma

    @property
    def variance(self):
        "Square of the standard deviation."
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state
