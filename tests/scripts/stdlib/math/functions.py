# Every float function of math on ordinary, special and boundary arguments.
import math

inf, nan = math.inf, math.nan
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)

unary = [math.acos, math.acosh, math.asin, math.asinh, math.atan, math.atanh, math.cbrt,
         math.cos, math.cosh, math.erf, math.erfc, math.exp, math.exp2, math.expm1, math.fabs,
         math.gamma, math.lgamma, math.log1p, math.sin, math.sinh, math.sqrt, math.tan,
         math.tanh, math.degrees, math.radians, math.isfinite, math.isinf, math.isnan,
         math.ulp, math.log2, math.log10, math.log]
args = [0.0, -0.0, 0.5, -0.5, 1, -1, 2, 3.7, -3.7, 10, 1e-300, 5e-324, 1e300, 710, -710,
        171.5, -171.5, 0.1, 30, inf, -inf, nan, True, 2**60, -2.5, 1e-21]
for f in unary:
    out = []
    for x in args:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0] + ":" + str(e))
    print(f.__name__, " ".join(out))

binary = [math.atan2, math.copysign, math.fmod, math.remainder, math.pow, math.nextafter,
          math.hypot, math.log]
pairs = [(1, 2), (-1, 2), (0.0, -0.0), (-0.0, 0.0), (5, 3), (-5, 3), (5, -3), (7.5, 2),
         (1e308, 10), (2, 1024), (2, -1075), (0, -1), (-1, 0.5), (inf, 1), (1, inf),
         (-inf, -inf), (nan, 0), (1, nan), (10, 10), (3, 0.0), (0.0, 0.0), (-8, 1 / 3),
         (-2, inf), (0.5, -inf)]
for f in binary:
    out = []
    for x, y in pairs:
        try:
            out.append(repr(f(x, y)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__[0] + ":" + str(e))
    print(f.__name__, " ".join(out))

print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(*range(20)), math.hypot(1e-310, 1e-310))
print(math.hypot(1e308, 1e308), math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(0.1, 0.2, 0.3))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2], (0.3, 0.4)), math.dist((), ()), math.dist(iter([1]), [5]))
print(math.frexp(8), math.frexp(0.1), math.frexp(-0.0), math.frexp(inf), math.frexp(5e-324), math.frexp(1e308))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1080), math.ldexp(-0.0, 5), math.ldexp(3, 10**30 * -1))
print(math.modf(1.5), math.modf(-1.5), math.modf(inf), math.modf(-inf), math.modf(2))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(inf, -inf),
      math.isclose(nan, nan), math.isclose(a=1, b=1.0))
print(math.ulp(-1e308), math.ulp(math.nextafter(inf, 0)), math.ulp(0.0))
