"""Memoised computations used by a puzzle game: paths on a grid, partitions, tile counts."""
import sys
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=128)
def grid_paths(w: int, h: int) -> int:
    """Number of monotone lattice paths through a w x h grid."""
    if w == 0 or h == 0:
        return 1
    return grid_paths(w - 1, h) + grid_paths(w, h - 1)


@cache
def partitions(n: int, k: int) -> int:
    """Ways to write n as a sum of parts each at most k."""
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@lru_cache(maxsize=4)
def tile_cost(kind: str, level: int) -> int:
    base = {"grass": 1, "sand": 2, "water": 5, "rock": 9}[kind]
    return base * level + len(kind)


print("python major:", sys.version_info.major, "minor >= 8:", sys.version_info >= (3, 8))
print("recursion limit is positive:", sys.getrecursionlimit() > 0)
print("maxsize is 2**63-1:", sys.maxsize == 2**63 - 1)

for n in (10, 20, 50, 90):
    print(f"fib({n}) = {fib(n)}")
print(fib.cache_info())

for w, h in [(2, 2), (3, 3), (5, 4), (10, 10), (16, 16)]:
    print(f"paths {w}x{h}: {grid_paths(w, h)}")
info = grid_paths.cache_info()
print("grid cache:", info.hits, info.misses, info.maxsize, info.currsize)

print("partitions:", [partitions(n, n) for n in range(1, 16)])
print("p(100) =", partitions(100, 100))

for kind, lvl in [("grass", 1), ("sand", 2), ("grass", 1), ("water", 3), ("rock", 1),
                  ("sand", 2), ("grass", 4), ("grass", 1)]:
    print(f"tile_cost({kind!r}, {lvl}) = {tile_cost(kind, lvl)}")
print(tile_cost.cache_info())
tile_cost.cache_clear()
print("after clear:", tile_cost.cache_info())

try:
    tile_cost("lava", 1)
except KeyError as e:
    print("KeyError:", e)
try:
    tile_cost(["grass"], 1)
except TypeError as e:
    print("TypeError:", e)

print(fib.__name__, fib.__wrapped__(15), grid_paths.__doc__)
sys.stdout.write("done: %d values cached\n" % fib.cache_info().currsize)
