# Microbenchmark: dict lookups and stores with tuple keys built on the fly,
# as in grid maps ((x, y) -> value) and pair counters.

N = 420_000  # size knob: about 0.4 s on CPython 3.11


def main():
    grid = {(x, y): x * 31 + y for x in range(50) for y in range(50)}
    pairs = {}
    total = 0
    for i in range(N):
        x = i % 50
        y = (i // 50) % 50
        total += grid[(x, y)]
        nb = (x + 1, y)
        if nb in grid:
            total += grid[nb] & 3
        key = ("a" if i & 1 else "b", i % 13)
        pairs[key] = pairs.get(key, 0) + 1
    print(total, len(pairs), pairs[("a", 3)])


main()
