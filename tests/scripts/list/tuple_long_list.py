# tuple(list) and its kin over a list of about 3 million items, copied (and rooted) a metered
# chunk at a time by pyrite: the copy must be the list's items, in order.
n = 3_000_017
L = list(range(n))
t = tuple(L)
print(type(t).__name__, len(t), t[:3], t[-3:], t[1 << 17], t[(1 << 17) - 1], sum(t) == n * (n - 1) // 2)
print(t == tuple(range(n)), tuple(t) is t, len(tuple(iter(L))))
u = tuple(['x', None, 1.5] * (n // 3))
print(len(u), u[:4], u[-2:], u.count(None))
s = sorted(L, reverse=True)
print(len(s), s[:3], s[-3:])
print(len(list(t)), list(t)[-1], len(tuple(x for x in range(10))))
