import statistics as st

datasets = [
    [1, 2, 3, 4, 4],
    [1, 2, 3, 4],
    [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7],
    [1e50, 1, -1e50] * 100,
    [2.5, 3, 1, 4.75, -0.5],
    [True, False, True],
    [10**30, 3, 7.5],
    [1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9, 10.1],
    [-5, -3, -1],
    [7],
]
for d in datasets:
    print(repr(st.mean(d)), repr(st.fmean(d)), repr(st.median(d)), repr(st.median_low(d)),
          repr(st.median_high(d)), repr(st.median_grouped(d)), repr(st.median_grouped(d, 5)))
print(repr(st.mean(iter([1, 2, 3.5]))), repr(st.mean(x for x in range(101))))
print(repr(st.mean([1, float("inf")])), repr(st.mean([float("nan"), 2.0])))
print(repr(st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5])), repr(st.fmean(iter([3.5, 4.0, 5.25]))))
print(repr(st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])))
print(repr(st.geometric_mean([54, 24, 36])), repr(st.geometric_mean([1.1, 1.3, 0.9, 1.2])))
print(repr(st.harmonic_mean([40, 60])), repr(st.harmonic_mean([2.5, 3, 10])),
      repr(st.harmonic_mean([40, 60], weights=[5, 30])), repr(st.harmonic_mean([5])),
      repr(st.harmonic_mean([1, 0, 3])), repr(st.harmonic_mean(iter([1.5, 2.5]))))
print(repr(st.median_grouped([52, 52, 53, 54])), repr(st.median_grouped([1, 3, 3, 5, 7], interval=2)))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(st.mode("aabbbbbbbbcc"), st.mode([3, 1, 1, 3]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([1, 2]))
print(st.median(["b", "a", "c"]), st.median_low(["b", "a", "d", "c"]))
print(issubclass(st.StatisticsError, ValueError))

def err(f, *args, **kw):
    try:
        print("ok", repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(st.mean, [])
err(st.mean, iter([]))
err(st.mean, ["a", "b"])
err(st.mean, [1.5, "x"])
err(st.fmean, [])
err(st.fmean, iter([]))
err(st.fmean, [1, 2], weights=[1])
err(st.fmean, [1, 2], weights=[1, -1])
err(st.geometric_mean, [])
err(st.geometric_mean, [1, -2])
err(st.geometric_mean, [0, 2])
err(st.harmonic_mean, [])
err(st.harmonic_mean, [-1])
err(st.harmonic_mean, [1, -1])
err(st.harmonic_mean, ["x"])
err(st.harmonic_mean, [1, 2], weights=[1])
err(st.harmonic_mean, [1, 2], weights=[1, -2])
err(st.harmonic_mean, [1, 2], weights=[0, 0])
err(st.median, [])
err(st.median_low, [])
err(st.median_high, [])
err(st.median_grouped, [])
err(st.median_grouped, [1, 2], "abc")
err(st.mode, [])
err(st.mode, iter(()))
