import collections
d = {1: 2}; d.__init__(); print(d)
d.__init__({3: 4}, x=5); print(d)
class D(dict): pass
e = D(a=1); e.__init__(); print(e); dict.__init__(e, b=2); print(e)
l = [1, 2]; l.__init__(); print(l)
l.__init__((7, 8)); print(l)
s = {1}; s.__init__(); print(s); s.__init__([5]); print(s)
from collections import Counter
c = Counter('ab'); c.__init__('a'); print(c)
class L(list): pass
class D(dict): pass
print(L[int], D[str, int], L[int].__origin__ is L)
G = collections.namedtuple('Group', 'key group')
A = G[int, list[int]]
print(A, A.__origin__ is G, A.__args__, A.__parameters__, A(1, [2]), type(A(1, [2])).__name__)
class E(Exception): pass
try:
    E[int]
except TypeError as e:
    print(e)
