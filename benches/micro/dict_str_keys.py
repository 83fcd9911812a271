# Microbenchmark: dict lookups, stores and membership tests with str keys
# (d[k], d.get(k), k in d, d[k] += 1).

N = 750_000  # size knob: about 0.4 s on CPython 3.11


def main():
    keys = [f"key{i}" for i in range(500)]
    names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    d = {k: i for i, k in enumerate(keys)}
    counts = {}
    total = 0
    for i in range(N):
        k = keys[i % 500]
        total += d[k]
        name = names[i & 7]
        counts[name] = counts.get(name, 0) + 1
        if name in d:
            total -= 1
        d[k] += 1
    print(total, sorted(counts.items())[:3], d["key7"])


main()
