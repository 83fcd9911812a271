d = {}
d[(1, 2)] = "a"
d[(1, 2.0)] = "b"
d[(0, (1, 2))] = "c"
d[()] = "empty"
print(d, len(d))
print(d[(1, 2)], d[(0, (1, 2))], (1, 2) in d, (2, 1) in d, d.get((9,), "none"))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
print(hash((True, False)) == hash((1, 0)), hash((1,)) != hash(1))
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(1, 2)], grid[2, 0], sorted(k for k, v in grid.items() if v % 4 == 0))
s = {(1, 2), (2, 1), (1, 2), (1.0, 2)}
print(len(s), (2, 1) in s, sorted(s))
f = frozenset([(0, 0), (0, 1)])
print((0, 1) in f, len(f), {f: "frozen"}[frozenset([(0, 1), (0, 0)])])
counts = {}
for pair in [("a", 1), ("b", 2), ("a", 1), ("a", 2)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
