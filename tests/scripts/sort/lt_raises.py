# A `__lt__` that raises at its k-th call: the exception propagates and the list holds the
# permutation CPython's sort had reached (binary insertion, merge_lo and merge_hi all put
# their buffers back).

calls = 0
fail_at = -1


class Boom(Exception):
    pass


class V(int):
    """Value `self >> 16`, original position `self & 0xFFFF` (made by `map`: no Python code)."""

    def __lt__(self, other):
        global calls
        calls += 1
        if calls == fail_at:
            raise Boom(f"at {calls}")
        return self >> 16 < other >> 16


def make(values):
    return list(map(V, [(values[i] << 16) + i for i in range(len(values))]))


seed = 7


def rand(n):
    global seed
    seed = (seed * 214013 + 2531011) % 268435456
    return (seed >> 8) % n


def attempt(values, k, **kw):
    global calls, fail_at
    calls = 0
    fail_at = k
    items = make(values)
    keyed = kw.pop("keyed", False)
    try:
        if keyed:
            items.sort(key=V, **kw)
        else:
            items.sort(**kw)
        outcome = "done"
    except Boom as e:
        outcome = f"Boom {e}"
    h = 0
    for x in items:
        h = (h * 65599 + (x & 0xFFFF)) % 1000000007
    return outcome, calls, h, [x & 0xFFFF for x in items[:10]]


print(attempt([3, 1, 2], 2))
print(attempt([5, 4, 3, 2, 1, 0, 9, 8], 4))
small = [rand(30) for _ in range(20)]
for k in (1, 2, 5, 19, 20, 40, 70):
    print(k, attempt(small, k))
    print(k, attempt(small, k, reverse=True))
    print(k, attempt(small, k, keyed=True))

big = [rand(500) for _ in range(700)]
total = attempt(big, -1)[1]
print("total", total)
for k in (1, 100, 650, 1000, 2000, 3000, 4000, 4500, 5000, total - 1, total):
    print(k, attempt(big, k))
    print(k, attempt(big, k, reverse=True, keyed=True))

# Galloping merges of long runs, interrupted inside merge_lo and merge_hi.
runs = list(range(0, 1000, 2)) + list(range(1, 1000, 2))
other = list(range(500, 1000)) + list(range(0, 600))
for values in (runs, other, [v // 3 for v in runs]):
    total = attempt(values, -1)[1]
    for k in (total // 5, total // 2, total - 3):
        print(k, attempt(values, k))

# sorted() raises too; the input list is untouched.
data = make([4, 2, 3, 1])
calls = 0
fail_at = 2
try:
    sorted(data)
except Boom as e:
    print("sorted:", e, [x & 0xFFFF for x in data])
