import bisect, heapq
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
a = [1, 2, 2, 4]
t(bisect.bisect, a, 2); t(bisect.bisect_left, a, 2); t(bisect.bisect_right, a, 2, 0, 2); t(bisect.bisect_left, a, 3, lo=-1); t(bisect.bisect_left, a, 3, hi=-1); t(bisect.bisect, a, "x"); t(bisect.bisect, 5, 1); t(bisect.bisect_left, a, 2, key=lambda x: -x)
rs = [("a", 1), ("b", 5)]; t(bisect.bisect, rs, 3, key=lambda r: r[1]); bisect.insort(rs, ("c", 3), key=lambda r: r[1]); print(rs)
b = []; [bisect.insort(b, x) for x in [5, 1, 3, 3]]; bisect.insort_left(b, 3); print(b); t(bisect.insort, b, 1, lo=-2); t(bisect.bisect, a, 1, 5); t(bisect.bisect, a, 1, hi=10)
h = []; [heapq.heappush(h, x) for x in [5, 1, 8, 3, 2]]; print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h)
l = [9, 3, 7, 1]; heapq.heapify(l); print(l, heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, [4, 1, 3]), heapq.nlargest(2, "hello", key=ord), heapq.nsmallest(3, [(1, "b"), (1, "a")]), heapq.nlargest(0, [1]), heapq.nlargest(5, [1, 2]), heapq.nsmallest(-1, [1]), heapq.nlargest(1, []), heapq.nsmallest(1, iter([3, 2])))
print(list(heapq.merge([1, 4], [2, 3], [0])), list(heapq.merge([3, 1], [2], reverse=True)), list(heapq.merge(["bb", "a"], ["ccc"], key=len)), type(heapq.merge([])).__name__)
t(heapq.heappop, []); t(heapq.heapreplace, [], 1); t(heapq.heappush, 5, 1); t(heapq.heapify, (1,)); t(heapq.heappush, [1], "a"); t(heapq.nlargest, "a", [1])
print(heapq.heappushpop([], 5), heapq._heapify_max if False else "", heapq.nlargest(3, [3, 1, 3, 2, 3], key=lambda x: 0))
class P:
    def __init__(self, p): self.p = p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return f"P{self.p}"
h = []; [heapq.heappush(h, P(x)) for x in [3, 1, 2]]; print(h, heapq.heappop(h), heapq.nsmallest(2, [P(5), P(4), P(6)]))
try: heapq.heappush([object()], object())
except TypeError as e: print(e)
print(bisect.bisect.__name__, bisect.insort.__name__)
