import statistics as st

datasets = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1, 2, 3, 4],
    [1, 3, 5],
    [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7],
    [27.5, 30.25, 30.25, 34.5, 41.75],
    [1e100, 1e100, -1e100, 3.5],
    [10**20, 10**20 + 1, 10**20 + 5],
    [True, False, False, 3],
    [5, 5, 5],
    [1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9, 10.1],
]
for d in datasets:
    print(repr(st.variance(d)), repr(st.pvariance(d)), repr(st.stdev(d)), repr(st.pstdev(d)))
print(repr(st.variance([1, 2, 3, 4], 2.5)), repr(st.pvariance([1, 2, 3, 4], mu=2)),
      repr(st.stdev([1.5, 2.5, 2.5, 2.75], xbar=2.3)), repr(st.pstdev([1, 2, 4], mu=2)))
print(repr(st.pvariance([7])), repr(st.pstdev([7.25])), repr(st.variance(iter([1, 2, 4]))))
print(repr(st.variance([1, float("inf")])), repr(st.pvariance([float("nan"), 1.0])))

for n in (1, 2, 3, 4, 5, 10):
    print(n, st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=n))
print(st.quantiles([1, 2], n=4), st.quantiles([1, 2], n=4, method="inclusive"))
print(st.quantiles([0.5, 1.5, 9.25, 3.0, 2.5], n=3, method="inclusive"), st.quantiles(range(10), n=6))

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(repr(st.covariance(x, y)), repr(st.correlation(x, y)), repr(st.correlation(x, x[::-1])))
print(repr(st.covariance([0.5, 1.25, 3.0], [2, 8.5, 1])))
print(st.linear_regression([1, 2, 3, 4, 5], [3.1, 4.9, 7.2, 8.8, 11.1]))
lr = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(repr(lr.slope), repr(lr.intercept), type(lr).__name__, lr._fields)
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))

def err(f, *args, **kw):
    try:
        print("ok", repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(st.variance, [1])
err(st.variance, [])
err(st.pvariance, [])
err(st.stdev, [5])
err(st.pstdev, [])
err(st.stdev, [1, float("inf")])
err(st.variance, ["a", "b"])
err(st.quantiles, [1, 2, 3], n=0)
err(st.quantiles, [1], n=4)
err(st.quantiles, [1, 2, 3], method="median")
err(st.covariance, [1, 2], [3])
err(st.covariance, [1], [3])
err(st.correlation, [1, 2], [3])
err(st.correlation, [1], [2])
err(st.correlation, [1, 1, 1], [1, 2, 3])
err(st.linear_regression, [1, 2], [3])
err(st.linear_regression, [1], [3])
err(st.linear_regression, [2, 2, 2], [1, 2, 3])
err(st.linear_regression, [0, 0], [1, 2], proportional=True)
st.stdev([])
