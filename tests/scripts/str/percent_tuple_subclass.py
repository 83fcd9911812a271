# %-formatting: a tuple subclass (namedtuple) is the argument tuple, a str subclass one value.
from collections import namedtuple
One = namedtuple("One", "x")
P = namedtuple("P", "a b")
print("value: %s" % One(5))
print("%s %s" % P(1, 2))
class T(tuple): pass
print("%d-%d" % T((1, 2)))
print("%r" % (T((1, 2)),))
class S(str): pass
print("%s!" % S("hi"))
print("%(a)s" % {"a": 1})
class M:
    def __getitem__(self, k): return k * 2
print("%(ab)s" % M())
import statistics
lr = statistics.linear_regression([1, 2, 3], [2, 4, 6.5])
print("slope=%.6f intercept=%.6f" % lr)
print(b"%s %s" % P(b"x", b"y"))
