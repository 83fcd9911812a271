import heapq
from collections import Counter
log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append(("lt", self.v, o.v)); return self.v < o.v
    def __gt__(self, o):
        log.append(("gt", self.v, o.v)); return self.v > o.v
    def __eq__(self, o):
        log.append(("eq", self.v, o.v)); return self.v == o.v
    def __repr__(self): return f"K({self.v})"
data = [K(v) for v in [5, 1, 9, 3, 7, 3, 8, 2, 6, 0, 4]]
for n in [0, 1, 2, 3, 5, 10, 11, 12, -1]:
    log.clear(); print("nl", n, heapq.nlargest(n, data), len(log), log[:6])
    log.clear(); print("ns", n, heapq.nsmallest(n, data), len(log), log[:6])
    log.clear(); print("nlk", n, heapq.nlargest(n, iter(data), key=lambda k: k.v % 4), len(log))
    log.clear(); print("nsk", n, heapq.nsmallest(n, iter(data), key=lambda k: -k.v))
print(heapq.nlargest(3, iter(range(100))), heapq.nsmallest(3, (x * 7 % 11 for x in range(50))))
print(heapq.nlargest(2, [(1, 'b'), (1, 'a'), (2, 'c')]))
print(heapq.nsmallest(2, "hello world"))
c = Counter("abracadabra simsalabim")
print(c.most_common(3), c.most_common(0), c.most_common(-2), c.most_common(1), c.most_common())
for f in [lambda: Counter(a=2).most_common("a"), lambda: heapq.nlargest(2, [1, "a", 2]), lambda: heapq.nsmallest(2, [1, "a", 2]),
          lambda: heapq.nlargest(2, [1, 2, "a"]), lambda: heapq.nsmallest(2, [3, 1, 2, "a"]), lambda: heapq.nlargest("x", [1]),
          lambda: heapq.nlargest(2.0, [1, 2, 3]), lambda: heapq.nsmallest(2, 5), lambda: heapq.nlargest(2, [1,2,3], key=5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
