# The exact sequence of `<` calls (folded into a checksum, with its length) for larger inputs of
# many shapes: runs, galloping merges, min_gallop adaptation and powersort's merge order.

log_hash = 0
log_len = 0


class V(int):
    """Value `self >> 16`, original position `self & 0xFFFF`. (Built by `map`, so that making
    thousands of them runs no Python code: cheap in gc-zeal mode.)"""

    def __lt__(self, other):
        global log_hash, log_len
        log_len += 1
        log_hash = (log_hash * 65599 + (self & 0xFFFF) * 4099 + (other & 0xFFFF)) % 1000000007
        return self >> 16 < other >> 16


seed = 2024


def rand(n):
    global seed
    seed = (seed * 214013 + 2531011) % 268435456
    return (seed >> 8) % n


def order_hash(items):
    h = 0
    for x in items:
        h = (h * 31 + (x & 0xFFFF)) % 1000000007
    return h


def check(name, values, first=None):
    global log_hash, log_len
    log_hash = 0
    log_len = 0
    items = list(map(V, [(values[i] << 16) + i for i in range(len(values))]))
    items.sort()
    plain = [int(x) for x in items]
    ok = all(plain[k] >> 16 <= plain[k + 1] >> 16 for k in range(len(plain) - 1))
    stable = all(plain[k] < plain[k + 1] for k in range(len(plain) - 1))
    print(f"{name:28} n={len(values):5} lt={log_len:6} log={log_hash:20} order={order_hash(items):10}", ok, stable)


def runs(n, run_len):
    out = []
    while len(out) < n:
        start = rand(1000)
        out.extend(range(start, start + run_len))
    return out[:n]


for n in (64, 65, 100, 127, 128, 129, 255, 500, 1000, 1500, 3000):
    check("random", [rand(1000000) for _ in range(n)])
for n in (100, 1000, 3000):
    check("sorted", list(range(n)))
    check("reversed", list(range(n, 0, -1)))
    check("all equal", [7] * n)
    check("few distinct", [rand(4) for _ in range(n)])
    check("sawtooth 10", [i % 10 for i in range(n)])
    check("sawtooth 300", [i % 300 for i in range(n)])
    check("runs of 50", runs(n, 50))
    check("runs of 7", runs(n, 7))
    check("descending runs", [5000 - v for v in runs(n, 40)])
check("sorted + random tail", list(range(2000)) + [rand(2000) for _ in range(30)])
check("random head + sorted", [rand(2000) for _ in range(30)] + list(range(2000)))
check("two interleaved", [i // 2 if i % 2 else 1000 + i // 2 for i in range(2000)])
check("organ pipe", list(range(1000)) + list(range(1000, 0, -1)))
check("sorted, every 100th swapped", [i + 1 if i % 100 == 0 else (i - 1 if i % 100 == 1 else i) for i in range(2500)])
check("halves", list(range(1000, 2000)) + list(range(1000)))
check("thirds", list(range(2000, 3000)) + list(range(1000)) + list(range(1000, 2000)))
check("stairs", [i // 37 for i in range(2000)])
check("reversed stairs", [100 - i // 37 for i in range(2000)])
check("gallop bait", [i * 2 for i in range(1200)] + [i * 2 + 1 for i in range(0, 2400, 300)] + [5000 + i for i in range(800)])
