# Integer functions of math: exact results for small and huge ints, and their errors.
import math

print([math.factorial(n) for n in range(0, 25, 3)], math.factorial(100) % 10**20, len(str(math.factorial(1000))))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(2**64 - 1), math.isqrt(10**40 + 5), math.isqrt(True))
print(math.isqrt(10**100 - 1) == 10**50 - 1, math.isqrt(3**301) ** 2 <= 3**301 < (math.isqrt(3**301) + 1) ** 2)
print(math.gcd(), math.gcd(-4), math.gcd(12, 18), math.gcd(-12, 18, 0), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(1, 10**30))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 8), math.lcm(0, 5), math.lcm(2**64, 3**40) == 2**64 * 3**40)
print([math.comb(10, k) for k in range(12)], math.comb(0, 0), math.comb(100, 50), math.comb(10**20, 2))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(30, 20), math.perm(10**20, 2))
print(math.comb(400, 200) == math.factorial(400) // math.factorial(200) ** 2, math.perm(70, 35) == math.factorial(70) // math.factorial(35))
print(math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2, 3]), math.prod([2] * 70), math.prod([], start="x"),
      math.prod(["a"], start=3), math.prod((x for x in [1, 2, 3]), start=2.0), math.prod([2**62, 2**62]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
      math.fsum([]), math.fsum(iter([1, 2.5])), math.fsum([1e-16, 1, 1e16]), math.fsum([-0.0]),
      math.fsum([math.inf, 1]), math.fsum([math.nan, 1]))
print(math.log(10**400), math.log(10**400, 10), math.log10(10**400), math.log2(2**2000), math.log(2**1023 * 3),
      math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(True + 1))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(10**30), math.ceil(-10**30),
      math.trunc(True), math.floor(1e300) == 10**300, type(math.floor(2.0)))

class Num:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 2.5
class Idx:
    def __index__(self): return 7
class F(float):
    pass
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()), math.sqrt(Num()), math.floor(F(2.5)),
      math.factorial(Idx()), math.gcd(Idx(), 21), math.sqrt(Idx()), math.comb(Idx(), 2), math.isqrt(Idx()))

cases = ["math.factorial(-1)", "math.factorial(2.0)", "math.factorial(10**20)", "math.isqrt(-1)",
         "math.isqrt(2.0)", "math.gcd(1.5)", "math.lcm(1, 'a')", "math.comb(-1, 2)", "math.comb(2, -1)",
         "math.perm(3, -1)", "math.comb(10**30, 10**20)", "math.perm(10**30, 10**20)", "math.comb(1.0, 1)",
         "math.prod(5)", "math.prod([1, 'a'])", "math.fsum([1, 'a'])", "math.fsum(3)",
         "math.fsum([math.inf, -math.inf])", "math.fsum([1e308, 1e308])", "math.log(0)", "math.log(-5)",
         "math.log(-10**400)", "math.log(10, 1)", "math.log(10, 0)", "math.log2(0)", "math.log10(-1)",
         "math.floor('a')", "math.ceil(None)", "math.trunc('a')", "math.floor(math.inf)", "math.ceil(math.nan)",
         "math.trunc(math.inf)", "math.sqrt('x')", "math.sqrt(10**400)", "math.ldexp(1.0, 2.0)",
         "math.ldexp(1.0, 10**30)", "math.ldexp(1.0, 2000)", "math.exp(1000)", "math.gamma(0)",
         "math.gamma(-3)", "math.gamma(200)", "math.lgamma(-2)", "math.fmod(1, 0)",
         "math.fmod(math.inf, 1)", "math.pow(0, -1)", "math.pow(10, 400)", "math.pow(-1, 0.5)",
         "math.isclose(1, 1, rel_tol=-1)", "math.dist((1,), (1, 2))", "math.dist(1, 2)",
         "math.hypot('a')", "math.remainder(1, 0)", "math.remainder(math.inf, 1)",
         "math.acos(2)", "math.atanh(1)", "math.cosh(1000)"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
