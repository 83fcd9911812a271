# tee() of an iterator that copies itself returns that iterator first (audit 11, I3).
import itertools as it

a, b = it.tee(range(3))
c, = it.tee(a, 1)
print(c is a, list(c), list(a), list(b))
x, y = it.tee(iter([1, 2]))
next(x)
p, q = it.tee(x)
print(p is x, list(p), list(q), list(y))
print(it.tee([], 0), len(it.tee("ab", 3)), [list(t) for t in it.tee("ab", 3)])
r, s = it.tee(it.tee("xyz")[0])
print(list(r), list(s))
