import math, random
random.seed(123)
vals = [random.uniform(-1e6, 1e6) * 10 ** random.randint(-20, 20) for _ in range(200)]
print(math.fsum(vals), sum(vals), math.fsum(vals[:50] + [-v for v in vals[:50]]))
print(math.fsum([1e-16] * 10 + [1.0]), math.fsum([2**53, 1, 1]), math.fsum([0.1, 0.2, 0.3, -0.6]), math.fsum([-0.0, -0.0]), math.fsum([]))
for n in [10**100, 2**1000 - 1, 3**500, 10**18 + 7]:
    print(math.isqrt(n), math.log(n), math.log2(n), math.log10(n), math.log(n, 3), math.log1p(n) if n < 2**1000 else "")
print(math.comb(1000, 500) % 10**20, math.perm(100, 50) % 10**20, math.factorial(200) % 10**30, len(str(math.factorial(1000))))
print(math.gcd(2**200, 6**100), math.lcm(2**100, 3**50, 5), math.gcd(0, 0), math.lcm(0, 0), math.gcd(-2**70, 2**65))
print(math.prod(range(1, 30)), math.prod([0.1] * 5), math.prod([2, 3.0]), math.prod([True, 2]), math.prod(iter([])), math.prod([], start=5.5))
print(math.hypot(*range(10)), math.hypot(1e-320, 1e-320), math.hypot(-3), math.dist([1, 2, 3], [4, 5, 6]), math.hypot(1.5, 2.5, 3.5, 4.5))
print(math.sqrt(2**1023 * 1.5), math.exp(709), math.exp(-745), math.log(2**1074), math.log(1e-310), math.ldexp(0.5, 1025), math.frexp(1e-310), math.frexp(0.0), math.frexp(-math.inf))
print(math.nextafter(0.0, 1.0), math.nextafter(-0.0, 1), math.ulp(5e-324), math.ulp(2**52), math.ulp(-math.inf), math.ulp(math.nan))
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(1e16 + 0.5), math.floor(2**60 + 0.0), round(math.pi, 10), math.fmod(-0.0, 1), math.remainder(3, 2), math.remainder(-3, 2), math.remainder(2.5, 1))
print(math.atan2(1, 0), math.atan2(math.inf, math.inf), math.atan2(-0.0, -0.0), math.copysign(0.0, -1), math.copysign(math.nan, -1), math.isnan(math.copysign(math.nan, -1)))
print(math.gamma(5), math.gamma(171.5), math.lgamma(0.5), math.lgamma(1e300), math.erf(3), math.erfc(-3), math.gamma(1e-300))
for f, a in [(math.gamma, 172), (math.lgamma, 0), (math.exp, 710), (math.cosh, 711), (math.ldexp, (1.0, 1024)), (math.pow, (10.0, 309)), (math.fsum, ([1e308] * 2,)), (math.factorial, 10**10)]:
    if not isinstance(a, tuple): a = (a,)
    try: print(f.__name__, f(*a))
    except (OverflowError, ValueError) as e: print(f.__name__, type(e).__name__, e)
print(math.log(10**400, 10), math.log(2**3000, 2**1000), math.log10(10**309 + 1), math.log2(2**5000 - 1), math.log(2**64) / math.log(2))
print(math.isqrt(10**400 - 1) == 10**200 - 1, math.comb(10**6, 2), math.perm(10, 0), math.comb(0, 0))
print(math.pow(2, 0.5), 2 ** 0.5, math.pow(-2, 3), math.pow(-0.0, -1) if False else "", math.pow(math.inf, -1), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf))
