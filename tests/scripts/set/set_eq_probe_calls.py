# Which __eq__/__hash__ calls a set makes for elements with colliding hashes, and what
# happens when __eq__ mutates the set or raises.
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


s = set()
s.add(K("a1", 7))
s.add(K("b1", 7))
s.add(K("c1", 7))
show("add three colliding")
s.add(K("b2", 7))
show("add b2 (present)")
print(K("c2", 7) in s, K("z", 7) in s)
show("in c2, in z")
s.discard(K("b3", 7))
show("discard b3")
s.remove(K("a3", 7))
show("remove a3")
print(sorted(x.name for x in s))
s.add(K("d1", 7))
show("add d1 after deletions")
print(sorted(x.name for x in s))
t = {K("a9", 7), K("d9", 7)}
show("build t")
print(sorted(x.name for x in s & t))
show("s & t")
print(sorted(x.name for x in s - t))
show("s - t")
print(sorted(x.name for x in s | t))
show("s | t")
print(s.issubset(t), t.isdisjoint(s))
show("issubset isdisjoint")
frozen = frozenset([K("f1", 2), K("g1", 2)])
show("frozenset")
print(K("g2", 2) in frozen)
show("in frozen")

# __eq__ that grows the set while it is being probed.
u = set()
u.add(K("m1", 3))
u.add(K("n1", 3))
show("build u")
first = [x for x in u if x.name == "m1"][0]
def grow():
    for i in range(20):
        u.add(i + 100)
    log.append("grew")
first.eq_hook = grow
print(K("n2", 3) in u)
show("in n2 while m1.__eq__ grows the set")
print(len(u))

# __eq__ that removes the element being compared.
v = set()
p1 = K("p1", 4)
v.add(p1)
v.add(K("r1", 4))
show("build v")
def remove_first():
    v.discard(p1)
    log.append("removed p1")
p1.eq_hook = remove_first
print(K("r2", 4) in v)
show("in r2 while p1.__eq__ removes p1")
print(sorted(x.name for x in v))

w = set()
q1 = K("q1", 6)
w.add(q1)
def clear_w():
    w.clear()
    log.append("cleared")
q1.eq_hook = clear_w
w.add(K("q2", 6))
show("add q2 while q1.__eq__ clears")
print(sorted(x.name for x in w))


# A lookup whose table is rebuilt during __eq__ starts over (the element is compared again).
solo = set()
m5 = K("m5", 3)
solo.add(m5)
def grow_solo():
    for i in range(20):
        solo.add(i + 100)
    log.append("grew solo")
m5.eq_hook = grow_solo
print(K("n5", 3) in solo)
show("in n5 while m5.__eq__ grows the set")


class Boom:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        log.append("boom eq")
        raise ValueError("no comparing")


x = {Boom()}
try:
    Boom() in x
except ValueError as exc:
    print("raised", exc)
show("boom in")
try:
    x.add(Boom())
except ValueError as exc:
    print("raised", exc)
show("boom add")
try:
    x.discard(Boom())
except ValueError as exc:
    print("raised", exc)
show("boom discard")
print(len(x))
x.remove(K("late", 5))
