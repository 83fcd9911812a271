# Every `<` the sort makes, printed, for small inputs of many shapes: the calls and their
# order are CPython's (count_run, binary insertion, minrun).

class V:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        print(f"{self.v}{self.tag}<{other.v}{other.tag}", end=" ")
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


def wrap(values):
    return [V(v, "abcdefghij"[i % 10]) for i, v in enumerate(values)]


seed = 12345


def rand(n):
    global seed
    seed = (seed * 214013 + 2531011) % 268435456
    return seed % n


def check(name, values):
    items = wrap(values)
    print(name, len(values))
    items.sort()
    print()
    print(" ", items)


cases = [
    ("empty", []),
    ("one", [5]),
    ("two sorted", [1, 2]),
    ("two reversed", [2, 1]),
    ("two equal", [3, 3]),
    ("three", [2, 3, 1]),
    ("sorted 10", list(range(10))),
    ("reversed 10", list(range(10, 0, -1))),
    ("equal 8", [4] * 8),
    ("descending then ascending", [5, 4, 3, 2, 1, 6, 7, 8, 9]),
    ("descending with equal", [5, 4, 4, 3, 2, 2, 1]),
    ("sawtooth", [i % 4 for i in range(20)]),
    ("organ pipe", list(range(8)) + list(range(8, 0, -1))),
    ("two values", [i % 2 for i in range(15)]),
    ("random 20", [rand(100) for _ in range(20)]),
    ("random 31 dups", [rand(5) for _ in range(31)]),
    ("random 40", [rand(1000) for _ in range(40)]),
    ("almost sorted", [0, 1, 2, 3, 5, 4, 6, 7, 8, 9, 11, 10]),
    ("one out of place", [9, 0, 1, 2, 3, 4, 5, 6, 7, 8]),
    ("last out of place", [1, 2, 3, 4, 5, 6, 7, 8, 9, 0]),
    ("negatives", [-3, 7, -1, 0, 4, -8, 2]),
    ("floats", [0.5, -1.25, 3.0, 0.5, 2.75, -0.0, 0.0]),
    ("pairs down", [10, 11, 8, 9, 6, 7, 4, 5, 2, 3, 0, 1]),
]
for name, values in cases:
    check(name, values)

for n in (3, 7, 16, 33):
    check(f"random {n}", [rand(n) for _ in range(n)])
