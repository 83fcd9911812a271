# key= is called once per item, in order, before any comparison; reverse=True reverses, sorts
# stably and reverses back. Every call is printed for small inputs; larger ones are checksummed.

log_hash = 0
log_len = 0
verbose = True


class K:
    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        global log_hash, log_len
        log_len += 1
        log_hash = (log_hash * 65599 + self.i * 4099 + other.i) % 1000000007
        if verbose:
            print(f"{self.v}.{self.i}<{other.v}.{other.i}", end=" ")
        return self.v < other.v


class Item:
    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __repr__(self):
        return f"{self.v}.{self.i}"


def key(item):
    if verbose:
        print(f"key({item!r})", end=" ")
    return K(item.v, item.i)


seed = 99


def rand(n):
    global seed
    seed = (seed * 214013 + 2531011) % 268435456
    return (seed >> 4) % n


def run(name, values, **kw):
    global log_hash, log_len
    log_hash = log_len = 0
    items = [Item(v, i) for i, v in enumerate(values)]
    if len(values) % 2:
        items.sort(key=key, **kw)
        out = items
    else:
        out = sorted(items, key=key, **kw)
    print()
    print(name, kw, out)


small = [
    ("dups", [3, 1, 3, 2, 1, 3, 2]),
    ("sorted", [1, 2, 3, 4, 5, 6]),
    ("reversed", [6, 5, 4, 3, 2, 1]),
    ("equal", [2, 2, 2, 2, 2]),
    ("random", [rand(10) for _ in range(14)]),
    ("one", [1]),
    ("empty", []),
]
for name, values in small:
    run(name, values)
    run(name, values, reverse=True)
    run(name, values, reverse=False)

# reverse without key, logged
verbose = True
for values in ([3, 1, 2, 1, 3], [1, 1, 2, 2, 0, 0]):
    items = [K(v, i) for i, v in enumerate(values)]
    items.sort(reverse=True)
    print()
    print([f"{x.v}.{x.i}" for x in items])
    items = [K(v, i) for i, v in enumerate(values)]
    r = sorted(items, reverse=1)
    print()
    print([f"{x.v}.{x.i}" for x in r])



# Larger inputs, checksummed. Items and keys are int subclasses made without Python code
# (value `x >> 16`, position `x & 0xFFFF`), which keeps gc-zeal mode fast.
class BigKey(int):
    def __lt__(self, other):
        global log_hash, log_len
        log_len += 1
        log_hash = (log_hash * 65599 + (self & 0xFFFF) * 4099 + (other & 0xFFFF)) % 1000000007
        return self >> 16 < other >> 16


def run_big(name, values, **kw):
    global log_hash, log_len
    log_hash = log_len = 0
    items = list(map(int, [(values[i] << 16) + i for i in range(len(values))]))
    if len(values) % 2:
        items.sort(key=BigKey, **kw)
        out = items
    else:
        out = sorted(items, key=BigKey, **kw)
    h = 0
    for x in out:
        h = (h * 65599 + (x & 0xFFFF)) % 1000000007
    print(name, kw, len(values), log_len, log_hash, h)


for n in (70, 300, 1001, 2500):
    values = [rand(n // 3 + 1) for _ in range(n)]
    run_big("random", values)
    run_big("random", values, reverse=True)
    run_big("runs", [i % 97 for i in range(n)], reverse=True)
    run_big("descending", list(range(n, 0, -1)), reverse=True)

# Keys of built-in types: the order is observable through the items.
words = ["pear", "Apple", "fig", "apple", "Fig", "banana", "kiwi", "Kiwi", "date"]
print(sorted(words, key=str.lower))
print(sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
nums = [3, -1, 2, -3, 1, -2, 0, 3, -3]
print(sorted(nums, key=abs))
print(sorted(nums, key=abs, reverse=True))
print(sorted(nums, key=lambda x: x * 0.5))
print(sorted([(1, "b"), (0, "z"), (1, "a"), (0, "a")], key=lambda t: t[0], reverse=True))
print(sorted([1.5, 1, 0.5, True, 0, False, -0.0, 0.0], reverse=True))
print(sorted([1.5, 1, 0.5, True, 0, False, -0.0, 0.0]))
print(sorted([2**70, -2**65, 5, 2.5, 2**70 + 1, -3]))
print(sorted([float("nan"), 1.0, 0.5, float("nan"), -1.0, 2.0]))
print(sorted([3.0, float("nan"), 1.0, float("inf"), -1.0, float("nan"), 0.0]))
print(sorted(["b", "a", "é", "Z", "ß", "", "aa", "€", "a\x00"]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,), ()]))
print(sorted([[2, 1], [1, 5], [2], [], [1, 5, 0]], reverse=True))
