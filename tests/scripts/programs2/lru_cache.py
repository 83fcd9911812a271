class LRUCache:
    """Least-recently-used cache built on dict insertion order."""

    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key not in self.data:
            self.misses += 1
            return default
        value = self.data.pop(key)
        self.data[key] = value
        self.hits += 1
        return value

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
            print(f"  evict {oldest!r}")
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"

    def stats(self):
        total = self.hits + self.misses
        ratio = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} hit-rate={ratio:.1%}"


def cached(cache):
    def decorator(fn):
        def wrapper(*args):
            sentinel = object()
            result = cache.get(args, sentinel)
            if result is sentinel:
                result = fn(*args)
                cache.put(args, result)
            return result
        wrapper.cache = cache
        return wrapper
    return decorator


cache = LRUCache(3)
for op in ["put a 1", "put b 2", "get a", "put c 3", "put d 4", "get b", "get a", "put a 10", "put e 5", "get c", "get d"]:
    parts = op.split()
    if parts[0] == "put":
        cache.put(parts[1], int(parts[2]))
        print(op, "->", cache)
    else:
        print(op, "->", cache.get(parts[1], "MISS"))
print(cache.stats(), len(cache), "a" in cache, "b" in cache)

calls = 0


@cached(LRUCache(50))
def slow_fib(n):
    global calls
    calls += 1
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


print(slow_fib(40), "computed with", calls, "calls")
print(slow_fib.cache.stats())
small = LRUCache(2)


@cached(small)
def square(x):
    print(f"  computing {x}^2")
    return x * x


print([square(x) for x in [1, 2, 1, 3, 1, 2]])
print(small.stats())
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
