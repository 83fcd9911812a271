import heapq, bisect
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
import random
random.seed(4)
data = [random.randint(0, 100) for _ in range(50)]
h = data[:]; heapq.heapify(h); print(h[:10], [heapq.heappop(h) for _ in range(10)] == sorted(data)[:10])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data, key=lambda x: -x), heapq.nlargest(3, data, key=str), heapq.nsmallest(1, data), heapq.nlargest(60, data)[:3])
pairs = [(1, "a"), (1, "b"), (0, "z"), (1, "a")]; print(heapq.nsmallest(3, pairs), heapq.nlargest(2, pairs, key=lambda p: p[0]))
m = heapq.merge([1, 3, 5], [2, 4], [0, 6], key=lambda x: -x if False else x); print(list(m), list(heapq.merge()), list(heapq.merge([5, 3], [4, 1], key=lambda x: -x)))
print(list(heapq.merge([(1, "b")], [(1, "a")])), list(heapq.merge("ace", "bdf")))
class Task:
    def __init__(self, p, n): self.p = p; self.n = n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return self.n
q = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]: heapq.heappush(q, Task(p, n))
print([heapq.heappop(q) for _ in range(4)])
print(heapq.heappushpop([1, 2], 0), heapq.heappushpop([1, 2], 5), heapq.heapreplace([1, 2], 0))
t(heapq.nsmallest, 2, None); t(heapq.heappop, (1,)); t(heapq.heapify, [3, "a"]); t(list, heapq.merge([1], [2], key=5))
scores = [60, 70, 80, 90]; grades = "FDCBA"
print([grades[bisect.bisect(scores, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 8]; print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect(a, 0), bisect.bisect(a, 9))
bisect.insort_right(a, 4); bisect.insort_left(a, 3); bisect.insort(a, 100, 0, 2); print(a)
t(bisect.bisect, [1, 2], 1, -1); t(bisect.insort, [1], 0, hi=-5); t(bisect.bisect_left, None, 1); t(bisect.bisect, [1, "a"], 2); t(bisect.bisect, [3, 2, 1], 2)
print(bisect.bisect_left(range(100), 42), bisect.bisect("abcdef", "c"), bisect.bisect((1, 2, 3), 2.5))
recs = [{"k": 1}, {"k": 5}]; print(bisect.bisect_left(recs, 3, key=lambda r: r["k"]), bisect.insort_left(recs, {"k": 3}, key=lambda r: r["k"]), recs)
