# range with bounds, steps and lengths beyond 64 bits: every operation, exact as CPython.

def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

M = 2**63 - 1
cases = [
    range(2**100, 2**100 + 3),
    range(-2**100, 2**100, 2**99),
    range(2**100, -2**100, -2**98),
    range(M - 2, M + 2),
    range(-M - 3, -M + 1),
    range(0, 2**64, 2**63),
    range(M, -M - 1, -M - 1),
    range(-2**63, M),
    range(M - 1, M, 2**62),
    range(2**200),
    range(5, 2**70, -1),
    range(10**30, 10**30 + 10, 3),
]
for r in cases:
    print(repr(r), r.start, r.stop, r.step, bool(r))
    show("  len", lambda: len(r))
    show("  first", lambda: r[0])
    show("  last", lambda: r[-1])
    show("  r[2**80]", lambda: r[2**80])
    show("  r[-2**80]", lambda: r[-2**80])
    show("  head", lambda: list(r[:4]))
    show("  iter", lambda: [x for _, x in zip(range(4), r)])
    show("  reversed", lambda: [x for _, x in zip(range(4), reversed(r))])
    show("  slice ::-1", lambda: r[::-1])
    show("  slice 1::2", lambda: r[1::2])
    show("  slice big", lambda: r[2**65:-2**65:-(2**70)])
    show("  slice huge bounds", lambda: r[-2**200:2**200])
    show("  iter type", lambda: type(iter(r)).__name__)
    show("  reversed type", lambda: type(reversed(r)).__name__)
    if len(r.__class__.__name__) and r:
        x = r[0]
        show("  first in", lambda: x in r)
        show("  first+1 in", lambda: (x + 1) in r)
        show("  index first", lambda: r.index(x))
        show("  count first", lambda: r.count(x))
        show("  index last", lambda: r.index(r[-1]))
        show("  stop in", lambda: r.stop in r)
        show("  index stop", lambda: r.index(r.stop))
        show("  hash eq", lambda: hash(r) == hash(range(r.start, r.stop, r.step)))

# The cases from the hostile review.
print(list(range(2**63 - 2, 2**63 - 1, 2**62)))
show("len full i64 span", lambda: len(range(-2**63, 2**63 - 1)))
show("len 2**63", lambda: len(range(2**63)))
print(len(range(2**63 - 1)))
print(len(range(-2**63, -1)), len(range(0, -2**63, -1)[1:]))
for i in range(2**100, 2**100 + 3):
    print(i)
for i in reversed(range(M - 2, M + 1)):
    print(i)
n = 0
for i in range(M - 5, M):
    n += 1
print("count near max", n)
n = 0
for i in range(-M - 1, -M + 4):
    n += 1
print("count near min", n)
print(list(range(M, -M - 1, -M - 1)), list(reversed(range(M, -M - 1, -M - 1))))
print(list(range(-2**63, 2**63, 2**62)))
print(list(reversed(range(-2**63, 2**63, 2**62))))

# equality and hashing: same sequence, whatever the bounds.
print(range(2**100, 2**100 + 1) == range(2**100, 2**101, 2**99))
print(range(2**100, 2**100) == range(0))
print(range(0, 2**70, 2) == range(0, 2**70 + 1, 2), range(0, 2**70, 2) == range(0, 2**70 + 2, 2))
print(hash(range(2**100, 2**100 + 1)) == hash(range(2**100, 2**101, 2**99)))
print(hash(range(0, 2**70, 3)) == hash(range(0, 2**70 - 1, 3)))
print(hash(range(0, 2**70, 3)), hash(range(2**64, 2**65, 7)), hash(range(5, 10**20)))
print(len({range(2**80), range(0, 2**80, 1), range(2**80 + 0)}))

# membership for non-int objects falls back to ==
print(2.0 in range(2**100, 2**100 + 2), float(2**100) in range(2**100, 2**100 + 2))
print(True in range(-2**70, 2**70), range(-2**70, 2**70).index(True), range(-2**70, 2**70).count(False))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(range(Idx(2**70), Idx(2**70 + 5), Idx(2)))
print(range(10)[Idx(2**80):], range(10)[Idx(-2**80):Idx(3)])
show("idx getitem", lambda: range(2**90)[Idx(2**89)])
show("float arg", lambda: range(2**100, 1.5))
show("zero step", lambda: range(2**100, 2**101, 0))
show("float index", lambda: range(2**100)[1.0])
show("str index", lambda: range(3)["a"])
show("slice zero step", lambda: range(2**100)[::0])
show("slice float", lambda: range(2**100)[1.5:])
show("index missing", lambda: range(0, 2**100, 2).index(2**99 + 1))
show("index missing float", lambda: range(0, 2**100, 2).index(0.5) if False else range(3).index(0.5))
show("count float", lambda: range(4).count(2.0))
show("readonly", lambda: setattr(range(2**70), "start", 1))
print(slice(2**100, None, -3).indices(2**101))
print(slice(None, None, -2**70).indices(10), slice(-2**80, 2**80).indices(2**70))
show("indices negative", lambda: slice(1).indices(-2**70))
show("indices str", lambda: slice(1).indices("a"))
print(slice(0, 10, 2**63).indices(5), slice(0, 10, -2**63).indices(5))
