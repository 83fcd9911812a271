import statistics as st
from statistics import NormalDist

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
for x in (70, 85.5, 100, 130, 160):
    print(repr(n.pdf(x)), repr(n.cdf(x)), repr(n.zscore(x)))
for p in (1e-300, 1e-20, 0.001, 0.01, 0.025, 0.075, 0.1, 0.3, 0.5, 0.6, 0.9, 0.95, 0.999, 1 - 1e-12):
    print(p, repr(n.inv_cdf(p)), repr(NormalDist().inv_cdf(p)))
print(n.quantiles(), NormalDist(0, 1).quantiles(10))
print(repr(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0))), repr(n.overlap(NormalDist(110, 15))))
print(repr(NormalDist(0, 1).overlap(NormalDist(0, 1))))
s = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(s, repr(s.mean), repr(s.stdev))
print(NormalDist.from_samples([1, 2, 3, 4]))
print(n + 5, 5 + n, n - 5, 5 - n, n * 2, 2 * n, n / 3, +n, -n, n * -2)
print(n + NormalDist(3, 4), n - NormalDist(3, 4))
print(n == NormalDist(100.0, 15.0), n == NormalDist(100, 16), n == 100, hash(n) == hash(NormalDist(100, 15)))
print(NormalDist(), NormalDist(mu=1, sigma=0))
print([round(v, 6) for v in NormalDist(10, 2).samples(4, seed=42)])

def err(f, *args, **kw):
    try:
        print("ok", repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

z = NormalDist(5, 0)
err(NormalDist, 0, -1)
err(z.pdf, 5)
err(z.cdf, 5)
err(z.zscore, 5)
err(z.inv_cdf, 0.5)
err(n.inv_cdf, 0)
err(n.inv_cdf, 1.0)
err(n.overlap, 3)
err(z.overlap, n)
err(NormalDist.from_samples, [1])
err(NormalDist.from_samples, [])
