# Unpinned drivers reached through pinned paths and re-entered: a user __lt__ (pinned, from
# sort) running sum(genexpr), constructors of tuple/list subclasses (pinned constructor calls),
# nested sorted keys, generators driven by generators, a generator re-entering itself.
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return sum(len([i, self.v]) for i in range(3)) > 0 and self.v < o.v
class MyT(tuple):
    pass
class MyL(list):
    pass
def gen(n):
    for i in range(n):
        yield [i] * 3
t = MyT(len(x) + i for i, x in enumerate(gen(5)))
print(t, type(t).__name__)
l = MyL(x[0] for x in gen(4))
l.__init__(x[1] * 2 for x in gen(3))
print(l, type(l).__name__)
print([k.v for k in sorted(K(i * 7 % 5) for i in range(10))])
print(sorted(range(6), key=lambda i: sorted(range(i), key=lambda j: -j)))
g = (x for x in range(3))
def selfref():
    for v in g:
        yield v
print(list(selfref()))
def reentrant():
    yield 1
    yield next(gg)
gg = reentrant()
try:
    print(list(gg))
except ValueError as e:
    print("ValueError", e)
print(max(map(lambda p: p[0] * p[1], zip(gen(4), range(4)))))
print(list(map(min, gen(3), gen(3))))
print(dict(zip("abc", map(sum, gen(3)))))
print(tuple.__new__(MyT, (x[0] for x in gen(3))))
print(min(K(3), K(1), K(2)).v, max([K(1), K(4)], key=lambda k: -k.v).v)
it = iter(lambda: len(next(gen(1))), 0)
print(next(it))
print(any(map(lambda x: x[0] > 2, gen(10))), all(filter(None, [[], [1]])))
print(sum(map(len, map(list, map(lambda s: s * 2, "abc")))))
print("|".join(map(str, enumerate(zip(gen(2), "xy")))))
