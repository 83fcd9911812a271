# Argument errors, with CPython's wording for each calling convention of math.
import math

cases = ["math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=1)", "math.atan2(1)", "math.atan2(1, y=2)",
         "math.pow(1)", "math.fmod(1, 2, 3)", "math.floor(1, 2)", "math.log()", "math.log(1, 2, 3)",
         "math.log(x=1)", "math.perm()", "math.perm(1, 2, 3)", "math.comb(1)", "math.gcd(a=1)",
         "math.hypot(x=1)", "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 2, x=3)",
         "math.isclose(1, a=2)", "math.isclose(1, b=2, rel_tol='a')", "math.prod()", "math.prod([1], 2)",
         "math.prod([1], x=2)", "math.fsum()", "math.dist([1])", "math.ldexp(1)", "math.frexp()",
         "math.nextafter(1)", "math.ulp()", "math.factorial()", "math.trunc()", "math.isqrt()",
         "math.copysign(1)", "math.remainder()", "math.modf(1, 2)", "math.sin(None)", "math.cos([])",
         "math.exp(10**400)"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)

print(math.sqrt, math.log, type(math.sqrt).__name__, math.__name__, math.__doc__)
print(sorted(n for n in dir(math) if not n.startswith("_")))
math.sqrt(-1)
