def factor(n):
    fs = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            fs.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        fs.append(n)
    return fs
def fmt(fs):
    counts = {}
    for f in fs:
        counts[f] = counts.get(f, 0) + 1
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in counts.items())
for n in [2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 2 ** 64 - 1, 10 ** 12 + 1, 2 ** 31 - 1, 3 ** 30 * 7 ** 5]:
    fs = factor(n)
    prod = 1
    for f in fs:
        prod *= f
    print(n, "=", fmt(fs), prod == n)
print(factor(1), factor(2 ** 100)[:3], len(factor(2 ** 100)))
