# Which __eq__/__hash__ calls a dict makes for keys with colliding hashes, and what happens
# when __eq__ mutates the dict or raises (CPython restarts a lookup whose table changed).
log = []


class K:
    def __init__(self, name, h, eq_hook=None):
        self.name = name
        self.h = h
        self.eq_hook = eq_hook

    def __hash__(self):
        log.append("hash " + self.name)
        return self.h

    def __eq__(self, other):
        log.append("eq %s %s" % (self.name, getattr(other, "name", other)))
        if self.eq_hook is not None:
            hook = self.eq_hook
            self.eq_hook = None
            hook()
        return isinstance(other, K) and self.name[0] == other.name[0]

    def __repr__(self):
        return self.name


def show(title):
    print(title, log)
    log.clear()


a1, b1, c1 = K("a1", 7), K("b1", 7), K("c1", 7)
d = {}
d[a1] = 1
d[b1] = 2
d[c1] = 3
show("insert three colliding")
print(d[K("b2", 7)])
show("lookup b2")
print(K("z", 7) in d)
show("miss z")
print(d.get(K("c2", 7), "none"))
show("get c2")
d[K("a2", 7)] = 10
show("replace a via a2")
print(d)
del d[K("b3", 7)]
show("del b3")
print(d)
print(d.pop(K("c3", 7)))
show("pop c3")
print(d.setdefault(K("a4", 7), 99), d.setdefault(K("q", 7), 5))
show("setdefault a4 q")
print(d)

# Different hashes never compare; equal hashes compare in probe order.
e = {K("x1", 1): 1, K("y1", 9): 2, K("x2", 17): 3}
show("build with distinct hashes")
print(K("y2", 9) in e, K("w", 25) in e)
show("probe y2 w")

# __eq__ that inserts into the dict while it is being probed.
f = {}
f[K("m1", 3)] = "m1"
f[K("n1", 3)] = "n1"
show("build f")
def grow():
    for i in range(20):
        f[i] = i
    log.append("grew")
probe = K("n2", 3)
f_keys = list(f)
f_keys[0].eq_hook = grow
print(f[probe])
show("lookup n2 while m1.__eq__ grows the dict")
print(len(f))

# __eq__ that deletes the entry being compared.
g = {}
g[K("p1", 4)] = 1
g[K("r1", 4)] = 2
show("build g")
first = list(g)[0]
def remove_first():
    del g[first]
    log.append("deleted p1")
first.eq_hook = remove_first
print(K("r2", 4) in g)
show("r2 while p1.__eq__ deletes p1")
print(g)


# Copies, merges and comparisons reuse the stored hashes; merging into an empty dict clones.
ma = {K("a1", 1): 1, K("b1", 1): 2}
mb = {K("b2", 1): 2, K("a2", 1): 1}
show("build ma mb")
print(ma == mb)
show("ma == mb")
mc = dict(ma)
show("dict(ma)")
mc.update(mb)
show("mc.update(mb)")
print({**ma, **mb})
show("{**ma, **mb}")
print(len(ma.copy()), len(set(ma)))
show("copy, set(ma)")
ms = set(mb)
ms |= set(ma)
show("set(mb) |= set(ma)")
print(ma.keys() & mb.keys(), K("a3", 1) in ma.keys())
show("keys views")
holes = {K("h1", 1): 1, K("i1", 1): 2, K("j1", 1): 3}
del holes[K("i2", 1)]
show("holes")
print(dict(holes))
show("dict(holes) inserts one by one")


def kw(**kwargs):
    return len(kwargs)


print(kw(**{"x": 1}, **{"y": 2}))
show("kwargs")


class Boom:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        log.append("boom eq")
        raise ValueError("no comparing")


h = {Boom(5): 1}
try:
    h[Boom(5)]
except ValueError as exc:
    print("raised", exc)
show("boom lookup")
try:
    h[Boom(5)] = 2
except ValueError as exc:
    print("raised", exc)
show("boom insert")
print(len(h))
print(h[K("late", 5)])
