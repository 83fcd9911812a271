import statistics as st
from fractions import Fraction as F

data = [F(1, 2), F(3, 4), F(5, 6), F(7, 8), F(1, 3)]
for name in ['mean', 'median', 'median_low', 'median_high', 'mode', 'variance', 'pvariance',
             'stdev', 'pstdev', 'fmean', 'geometric_mean', 'harmonic_mean', 'multimode', 'quantiles',
             'median_grouped']:
    r = getattr(st, name)(data)
    print(name, repr(r), type(r).__name__)
print(repr(st.mean([F(1, 3), 2, True])), repr(st.mean([F(1, 3), 0.5])), repr(st.mean([0.5, F(1, 3)])))
print(repr(st.variance([F(1, 3), 2, 3])), repr(st.variance(data, xbar=F(1, 2))), repr(st.pvariance(data, F(2, 3))))
print(repr(st.harmonic_mean([F(1, 2)])), repr(st.harmonic_mean([F(1, 2), F(1, 3)], weights=[1, 2])))
print(repr(st.quantiles(data, n=3, method='inclusive')), repr(st.median([F(1), F(2)])))
class MyF(F):
    pass
print(repr(st.mean([MyF(1, 2), MyF(1, 4)])), type(st.mean([MyF(1, 2), 1])).__name__)
try:
    st.mean([F(1, 2), 'x'])
except TypeError as e:
    print('TypeError', e)
