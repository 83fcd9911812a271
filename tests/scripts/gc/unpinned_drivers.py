# Builtins that call script code once per item (list/tuple/sorted/join/sum/min/max/any/all
# and map/filter/zip/enumerate iterators) with objects that die between calls, generators that
# mutate shared state, and values that must survive every call.

log = []

class Box:
    def __init__(self, v):
        self.v = v
        self.junk = [v] * 3
    def __repr__(self):
        return "Box(%r)" % (self.v,)
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return self.v > other.v

def churn(n):
    # Garbage: lists, dicts, instances, cycles.
    a = [Box(i) for i in range(n)]
    d = {i: [i, str(i)] for i in range(n)}
    c = [a]
    c.append(c)
    return len(a) + len(d)

def gen(n):
    total = 0
    for i in range(n):
        churn(5)
        total += i
        log.append(total)
        yield Box(i)

def counter():
    state = {"n": 0}
    def bump(x):
        state["n"] += 1
        churn(3)
        return Box(x.v * 2 if isinstance(x, Box) else x * 2)
    return bump, state

# list/tuple of generators and of map/filter/zip/enumerate over script callables.
print(list(gen(5)))
print(tuple(gen(4)))
print(len(log), log[-1])
bump, state = counter()
print(list(map(bump, range(6))), state)
print(list(map(lambda a, b: Box((a, b.v)), range(4), gen(6))))
print(list(filter(lambda b: churn(2) and b.v % 2, gen(7))))
print(list(filter(None, [0, 1, "", "x", [], [0]])))
print(list(zip(gen(3), map(bump, range(5)), "abcd")))
print(list(enumerate(map(bump, gen(4)), 10)))
print(list(zip(range(3), range(3), strict=True)))

# sum / min / max / any / all.
print(sum(churn(2) + b.v for b in gen(50)))
print(sum((Box(i).junk for i in range(5)), []))
print(sum([0.5, 1.5, 2], 10))
print(max(gen(20)), min(gen(20)))
print(max(gen(20), key=lambda b: (churn(1), -b.v)))
print(min(range(30), key=lambda i: Box(i * 7 % 11).v))
print(max(3, 9, 4, key=lambda x: -x), min([], default=Box("empty")))
print(max([Box(2), Box(5), Box(5)], key=lambda b: b.v).v)
print(any(churn(2) > 100 for _ in range(10)), all(Box(i).v >= 0 for i in range(10)))
print(any(b.v == 7 for b in gen(100)), len(log))

# sorted with and without key, reverse, stability.
print(sorted(gen(6), key=lambda b: (b.v % 3, churn(1))))
print(sorted(map(bump, range(8)), key=lambda b: -b.v, reverse=True))
print(sorted((Box(i % 4) for i in range(8)), reverse=True))
print(sorted("hello world"), sorted([], key=len))

# str.join over generators and maps.
print("-".join(str(b.v) for b in gen(8)))
print("".join(map(lambda i: chr(97 + churn(1) + i), range(10))))

# A key function that keeps what it sees alive, and items that are the only reference.
kept = []
def keep(b):
    kept.append(b)
    return -b.v
print(sorted((Box(i) for i in range(10)), key=keep)[:3], len(kept), kept[4])

# Drivers nested inside drivers and inside callbacks.
print(sum(max(Box(j) for j in range(i + 1)).v for i in range(10)))
print(list(map(lambda i: sorted(map(bump, range(i)), key=lambda b: -b.v), range(4))))
print(state["n"])

# The order of calls: CPython's min/max take one item, its key, one comparison at a time;
# sorted builds the list first, then computes every key.
def noisy(n):
    for i in range(n):
        print("gen", i)
        yield Box(i)
def noisy_key(b):
    print("key", b.v)
    return -b.v
print(max(noisy(3), key=noisy_key))
print(min(noisy(3)))
print(sorted(noisy(3), key=noisy_key))
print(sum(b.v for b in noisy(2)), any(b.v for b in noisy(3)), all(b.v for b in noisy(3)))
print(list(map(noisy_key, noisy(2))), list(filter(noisy_key, noisy(2))))
print(list(zip(noisy(2), noisy(3))))

# Sets built from generators that churn, and set operations against them.
print(sorted(set(Box(i % 5).v for i in range(40))), sorted(frozenset(b.v % 3 for b in gen(9))))
s = {1, 2, 3}
s.update(b.v for b in gen(6))
print(sorted(s), s.issuperset(b.v for b in gen(3)), s.isdisjoint(b.v + 100 for b in gen(3)))
s.difference_update(b.v for b in gen(4))
print(sorted(s))
def bad_items():
    yield 1
    churn(3)
    yield [2]
try:
    set(bad_items())
except TypeError as e:
    print("TypeError", e)
