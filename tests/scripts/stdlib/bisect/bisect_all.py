# bisect: every function, lo/hi bounds, key=, custom comparisons and the errors.
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right

a = [1, 2, 2, 2, 5, 8]
for x in [0, 1, 2, 3, 5, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_left(a, 2, 0, 2), bisect_right(a, 2, hi=3), bisect_right(a, 5, 5, 6))
print(bisect_left(a, 2, hi=-1), bisect_left([], 1), bisect_right(a, 2, lo=True))
b = []
for x in [5, 1, 4, 1, 3]:
    insort_left(b, x)
    bisect.insort(b, x + 0.5)
print(b)
insort_right(b, 4, 0, 3)
print(b)

recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
insort_left(recs, ("z", 3), key=lambda r: r[1])
insort_right(recs, ("y", 3), key=lambda r: r[1])
print(recs)

class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
    def __repr__(self): return f"Rev({self.v})"
r = [Rev(9), Rev(5), Rev(1)]
bisect.insort(r, Rev(6))
print(r, bisect.bisect(r, Rev(5)))

class Seq(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
s = Seq([1, 3])
bisect.insort(s, 2)
print(s)

for call in ["bisect_left(a, 1, -1)", "bisect_left(a, 1, None)", "bisect_right(a, 1, 'x')",
             "bisect_left(a, 1, 0, 'x')", "insort_left((1, 2), 1)", "bisect_left(None, 1)",
             "bisect_left([1, 'a'], 2)", "bisect_right(a, 2, lo=1.5)"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
print(sorted(n for n in dir(bisect) if not n.startswith("_")))
bisect_left(a, 1, -5)
