def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1), f(1, 2, x=3), f(*"ab", **{"k": "v"}), f(*[], **{}))
def g(a, b, *rest, key=None, **extra):
    return a, b, rest, key, extra
print(g(1, 2), g(1, 2, 3, 4), g(1, 2, key="k"), g(1, 2, 3, key=0, z=9, y=8))
print(g(*range(5)), g(*(1, 2), *[3], key=4, **{"q": 5}))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3), total(*range(101)))
def kw_only(a, *, b, c=3):
    return a + b + c
print(kw_only(1, b=2), kw_only(1, b=2, c=0), kw_only(a=1, c=1, b=1))
def star_only(*, x=1, y=2):
    return x, y
print(star_only(), star_only(y=5), star_only(x=0, y=0))
def show(**kw):
    return sorted(kw.items())
print(show(b=2, a=1), show(**{"z": 0}, y=1), list(dict(**{"a": 1}, b=2)))
def first_rest(first, *rest):
    return first, list(rest)
print(first_rest("x"), first_rest(*"hello"), first_rest([1, 2]))
