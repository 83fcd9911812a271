# 120 random sorts of random shapes and sizes (random, few distinct, mixed runs, sawtooth,
# nearly sorted, stairs, half sorted), with reverse=, key= and a __lt__ that raises at a random
# call: the log of `<` calls, its length and the final permutation are CPython's.

log_hash = 0
log_len = 0
fail_at = -1


class Boom(Exception):
    pass


class V(int):
    def __lt__(self, other):
        global log_hash, log_len
        log_len += 1
        if log_len == fail_at:
            raise Boom()
        log_hash = (log_hash * 65599 + (self & 0xFFFF) * 4099 + (other & 0xFFFF)) % 1000000007
        return self >> 16 < other >> 16


seed = 3


def rand(n):
    global seed
    seed = (seed * 214013 + 2531011) % 268435456
    return (seed >> 6) % n


def gen():
    n = rand(3000) if rand(4) else rand(100)
    kind = rand(8)
    if kind == 0:
        return [rand(1000000) for _ in range(n)]
    if kind == 1:
        return [rand(rand(10) + 1) for _ in range(n)]
    if kind == 2:
        out = []
        while len(out) < n:
            start = rand(5000)
            ln = rand(200) + 1
            if rand(2):
                out.extend(range(start, start + ln))
            else:
                out.extend(range(start + ln, start, -1))
        return out[:n]
    if kind == 3:
        m = rand(300) + 1
        return [i % m for i in range(n)]
    if kind == 4:
        out = list(range(n))
        for _ in range(rand(20)):
            if n:
                a = rand(n)
                b = rand(n)
                out[a], out[b] = out[b], out[a]
        return out
    if kind == 5:
        return [(i // (rand(50) + 1)) for i in range(n)][::-1]
    if kind == 6:
        half = n // 2
        return [i * 2 for i in range(half)] + [rand(2 * half + 1) for _ in range(n - half)]
    return sorted(rand(1000) for _ in range(n)) + [rand(1000) for _ in range(rand(20))]


for t in range(120):
    values = gen()
    items = list(map(V, [(values[i] << 16) + i for i in range(len(values))]))
    rev = rand(3) == 0
    keyed = rand(3) == 0
    log_hash = log_len = 0
    fail_at = -1
    if rand(3) == 0:
        fail_at = rand(len(values) * 12 + 2)
    try:
        if keyed:
            items.sort(key=V, reverse=rev)
        else:
            items.sort(reverse=rev)
        r = "ok"
    except Boom:
        r = "boom"
    h = 0
    for x in items:
        h = (h * 65599 + (x & 0xFFFF)) % 1000000007
    print(t, len(values), rev, keyed, fail_at, r, log_len, log_hash, h)
