def f(a, b, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4), f(d=1, c=2, b=3, a=4))
def g(x, y=2, *args, z, **kw):
    return x, y, args, z, kw
print(g(1, z=0), g(1, 5, 6, 7, z=0, w=1), g(1, y=9, z=8))
def h(*, a, b=2):
    return a * b
print(h(a=3), h(b=5, a=2))
def mixed(p, q=10, *rest, r, s=20, **other):
    return [p, q, rest, r, s, other]
print(mixed(1, r=2))
print(mixed(1, 2, 3, 4, r=5, t=6))
print(mixed(*[1, 2, 3], **{"r": 0, "s": 1, "u": 2}))
def same_name_kw(x, **kw):
    return x, kw
print(same_name_kw(1, y=2), same_name_kw(x=1, y=2))
def kw_collect(a, **kw):
    return a, kw
print(kw_collect(1, b=2), kw_collect(b=1, a=2), kw_collect(**{"a": 0}))
