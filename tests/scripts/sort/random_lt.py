# `__lt__` answering at random (an LCG) is no order at all: the sort must still finish, with
# the permutation and the number of comparisons CPython's algorithm gives. (Items are int
# subclasses made by `map`, so that making 10,000 of them runs no Python code.)

seed = 1
calls = 0
bias = -1


class R(int):
    def __lt__(self, other):
        global seed, calls
        calls += 1
        seed = (seed * 214013 + 2531011) % 268435456
        if bias < 0:
            return (seed >> 20) & 1 == 1
        # Biased answers (mostly True, mostly False) drive galloping hard.
        return (seed >> 20) % 16 < bias


def order_hash(items):
    h = 0
    for x in items:
        h = (h * 65599 + x) % 1000000007
    return h


base = list(map(R, range(10000)))
for n, s in ((10000, 1), (10000, 77), (3000, 5), (500, 9), (65, 3)):
    seed = s
    calls = 0
    items = base[:n]
    items.sort()
    print(n, s, calls, order_hash(items), sorted(map(int, items)) == list(range(n)))
    print(" ", items[:12])

for b in (1, 8, 15):
    bias = b
    seed = 42
    calls = 0
    out = sorted(base, reverse=b == 8)
    print(b, calls, order_hash(out), out[:8])
bias = -1


# Values that lie: `<` by value but inverted for some pairs.
class Liar(int):
    def __lt__(self, other):
        global calls
        calls += 1
        a = self % 10007
        b = other % 10007
        if (a + b) % 7 == 0:
            return b < a
        return a < b


calls = 0
items = sorted(map(Liar, [(i * 7919) % 10007 + 10007 * i for i in range(10000)]), key=None)
print(calls, order_hash(items), items[:5])
