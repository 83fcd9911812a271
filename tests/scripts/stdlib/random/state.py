# getstate/setstate, instances, subclasses.
import random

r = random.Random(99)
r.random()
st = r.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2], st[1][:3])
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])
r.gauss()
st = r.getstate()
print(st[2] is not None, r.gauss() == random.Random(99).gauss() or True)
r.setstate(st)
g1 = r.gauss()
r.setstate(st)
print(g1 == r.gauss())

# Two instances do not share state; module functions share one.
x, y = random.Random(5), random.Random(5)
x.random()
print(x.random() == y.random(), y.random() == x.random())
print(random.Random(5).getrandbits(64) == random.Random(5).getrandbits(64))

# Restoring a version 2 state and errors.
st = random.Random(3).getstate()
r = random.Random()
r.setstate((2, st[1], None))
print(r.random() == random.Random(3).random())
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
show("version", lambda: r.setstate((4, st[1], None)))
show("not tuple", lambda: r.setstate((3, list(st[1]), None)))
show("size", lambda: r.setstate((3, st[1][1:], None)))
show("index", lambda: r.setstate((3, st[1][:-1] + (625,), None)))
show("neg index", lambda: r.setstate((3, st[1][:-1] + (-1,), None)))
show("neg word", lambda: r.setstate((3, (-1,) + st[1][1:], None)))
show("big word", lambda: r.setstate((3, (2**64,) + st[1][1:], None)))
show("str word", lambda: r.setstate((3, ("x",) + st[1][1:], None)))
r.setstate((3, (2**33 + 5,) + st[1][1:], None))
print(r.getstate()[1][0])

# A subclass overriding random() draws its ints from it; one overriding getrandbits from that.
class Fixed(random.Random):
    def random(self):
        return 0.5

f = Fixed(1)
print(f.randrange(10), f.randint(1, 6), f.choice("abcd"), f.uniform(0, 4), f.choices("xyz", k=3))
class Bits(random.Random):
    def getrandbits(self, k):
        return 1
print(Bits(1).randrange(10), Bits(1).random() == random.Random(1).random())
class Seeded(random.Random):
    def seed(self, a=None, version=2):
        print("seed called with", a)
        super().seed(a, version)
s = Seeded(8)
print(s.random() == random.Random(8).random())
print(isinstance(s, random.Random), random.Random.__name__, random.Random.VERSION)

# Copy keeps the state.
import copy
c = copy.copy(random.Random(17))
print(c.random() == random.Random(17).random())
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
print(sorted(n for n in random.__all__))
