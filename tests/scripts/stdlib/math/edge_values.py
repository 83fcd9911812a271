import math
def t(f, *a, **k):
    try: r = f(*a, **k); print(f.__name__, a, k, repr(r))
    except Exception as e: print(f.__name__, a, type(e).__name__, e)
t(math.fsum, [0.1]*10); t(math.fsum, [1e308, 1e308]); t(math.fsum, [float('inf'), float('-inf')]); t(math.fsum, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])
t(math.fsum, [float('nan')]); t(math.fsum, ["a"]); t(math.fsum, 3)
t(math.isqrt, 10**50); t(math.isqrt, -1); t(math.isqrt, 2.0); t(math.isqrt, True)
t(math.comb, 50, 25); t(math.comb, 5, 7); t(math.comb, -1, 2); t(math.comb, 5, -1); t(math.comb, 5.0, 2); t(math.comb, 10**4, 5000 ) if False else None
t(math.perm, 5); t(math.perm, 5, 2); t(math.perm, 5, 7); t(math.perm, -5, 2); t(math.perm, 5, None)
t(math.prod, [1, 2, 3]); t(math.prod, []); t(math.prod, [1.5, 2]); t(math.prod, [2, 3], start=2); t(math.prod, ["a", 2]); t(math.prod, [2, "a"])
t(math.dist, (0, 0), (3, 4)); t(math.dist, (1,), (1, 2)); t(math.dist, [0], [1]); t(math.dist, (0, 0, 0), (1e308, 1e308, 0))
t(math.hypot); t(math.hypot, 3, 4); t(math.hypot, 1e308, 1e308); t(math.hypot, float('inf'), float('nan')); t(math.hypot, "a")
t(math.gcd); t(math.gcd, 12, 18, 27); t(math.gcd, -4, 6); t(math.gcd, 2.0, 4); t(math.lcm, 4, 6, 10); t(math.lcm, 0, 5); t(math.lcm); t(math.lcm, -4, 6)
t(math.log, 10**1000); t(math.log, 2**2000, 2); t(math.log10, 10**500); t(math.log2, 2**1100); t(math.log, 0); t(math.log, -1); t(math.log, 8, 2); t(math.log, 1, 1); t(math.log, 10, 0); t(math.log1p, -1); t(math.log, 0.0)
t(math.factorial, 20); t(math.factorial, -1); t(math.factorial, 5.0); t(math.factorial, 30)
t(math.ulp, 1.0); t(math.ulp, 0.0); t(math.ulp, float('inf')); t(math.ulp, 1e308); t(math.ulp, -2.0)
t(math.nextafter, 1.0, 2.0); t(math.nextafter, 0.0, -1.0); t(math.nextafter, 1.0, 1.0); t(math.nextafter, float('inf'), 0)
t(math.sqrt, -1); t(math.sqrt, 2); t(math.exp, 1000); t(math.exp, -1000); t(math.pow, 0, -1); t(math.pow, -8, 1/3); t(math.pow, 2, 1024); t(math.pow, float('nan'), 0)
t(math.floor, 2.5); t(math.floor, float('inf')); t(math.floor, float('nan')); t(math.ceil, -0.5); t(math.trunc, -2.7); t(math.floor, "x"); t(math.ceil, 10**30)
t(math.fmod, 5, 0); t(math.fmod, -5, 3); t(math.fmod, float('inf'), 1); t(math.remainder, 5, 3); t(math.remainder, 5, 0); t(math.modf, 3.5); t(math.frexp, 8.0); t(math.ldexp, 1.0, 2000); t(math.ldexp, 1.0, -2000)
t(math.copysign, 1, -0.0); t(math.fabs, -3); t(math.isclose, 1.0, 1.0000000001); t(math.isclose, 1, 1.1, rel_tol=-1) if False else None
try: math.isclose(1, 1.1, rel_tol=-1)
except ValueError as e: print(e)
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
t(math.sin, float('inf')); t(math.asin, 2); t(math.acos, 1); t(math.atan2, 0.0, -0.0); t(math.atan2, -0.0, -1); t(math.cosh, 1000); t(math.sinh, 1); t(math.tanh, 1000); t(math.acosh, 0.5); t(math.atanh, 1); t(math.asinh, -1)
t(math.degrees, math.pi); t(math.radians, 180); t(math.erf, 0.5); t(math.erfc, 10); t(math.gamma, 0); t(math.gamma, -1); t(math.gamma, 0.5); t(math.gamma, 172); t(math.lgamma, -1); t(math.lgamma, 100.5); t(math.gamma, -1.5)
t(math.cbrt, 27); t(math.cbrt, -8); t(math.exp2, 10); t(math.exp2, 1025); t(math.expm1, 1e-10); t(math.expm1, 1000)
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
t(math.isqrt, 0); t(math.comb, 100, 50); t(math.perm, 20, 10); t(math.sumprod if hasattr(math, "sumprod") else math.fabs, 1)
t(math.trunc, 1e300); t(math.floor, -1e20); t(math.log, 10**400, 10**200); t(math.log, 1e-320); t(math.log2, 3); t(math.log10, 0.001)
t(math.sqrt, 10**400); t(math.exp, "a");
t(math.pow, 10, 400); t(math.fsum, [1, 2**1000]); t(math.fsum, [2.0**1023, 2.0**1023, -2.0**1023])
class X:
    def __float__(self): return 2.0
    def __index__(self): return 3
    def __floor__(self): return "fl"
print(math.sqrt(X()), math.factorial(X()), math.floor(X()), math.gcd(X(), 6), math.isqrt(X()), math.comb(X(), 2))
t(math.dist, 1, 2); t(math.hypot, 1, 2, 3); t(math.prod, [True, True]); t(math.factorial, 10**20)
