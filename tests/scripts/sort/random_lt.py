# `__lt__` answering at random (an LCG) is no order at all: the sort must still finish, with
# the permutation and the number of comparisons CPython's algorithm gives.

seed = 1
calls = 0


class R:
    __slots__ = ("i",)

    def __init__(self, i):
        self.i = i

    def __lt__(self, other):
        global seed, calls
        calls += 1
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (seed >> 40) & 1 == 1


def order_hash(items):
    h = 0
    for x in items:
        h = (h * 1000003 + x.i) % 2305843009213693951
    return h


for n, s in ((10000, 1), (10000, 77), (3000, 5), (500, 9), (65, 3)):
    seed = s
    calls = 0
    items = [R(i) for i in range(n)]
    items.sort()
    print(n, s, calls, order_hash(items), sorted(x.i for x in items) == list(range(n)))
    print(" ", [x.i for x in items[:12]])

# Biased answers (mostly True, mostly False) drive galloping hard.
class Biased(R):
    __slots__ = ()
    bias = 0

    def __lt__(self, other):
        global seed, calls
        calls += 1
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (seed >> 40) % 16 < Biased.bias


for bias in (1, 8, 15):
    Biased.bias = bias
    seed = 42
    calls = 0
    items = [Biased(i) for i in range(10000)]
    out = sorted(items, reverse=bias == 8)
    print(bias, calls, order_hash(out))

# Values that lie: `<` by value but inverted for some pairs.
class Liar:
    __slots__ = ("v", "i")

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        global calls
        calls += 1
        if (self.v + other.v) % 7 == 0:
            return other.v < self.v
        return self.v < other.v


calls = 0
vals = [(i * 7919) % 10007 for i in range(10000)]
items = sorted((Liar(v, i) for i, v in enumerate(vals)), key=None)
print(calls, order_hash(items))
