# heapq: the heap functions, merge, nlargest/nsmallest with key and reverse, and errors.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))

tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (2, "test"))
heapq.heappush(tasks, (0, "wake"))
while tasks:
    print(heapq.heappop(tasks))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge([], [3], key=str)))
m = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))

words = "the quick brown fox jumps over the lazy dog".split()
print(heapq.nlargest(3, words), heapq.nsmallest(3, words), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(1, words), heapq.nsmallest(1, [], key=len))
print(heapq.nlargest(0, [1, 2]), heapq.nsmallest(-3, [1, 2]), heapq.nlargest(10, [3, 1, 2]))
print(heapq.nsmallest(2, iter([5, 1, 4])), heapq.nlargest(2, (x * x for x in range(-3, 3))))
print(heapq.nlargest(2, [(1, "a"), (1, "b"), (0, "c")], key=lambda t: t[0]))

class Task:
    def __init__(self, p, name): self.p, self.name = p, name
    def __lt__(self, other): return self.p < other.p
    def __repr__(self): return self.name
q = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(q, Task(p, n))
print([heapq.heappop(q) for _ in range(4)])

for call in ["heapq.heappop([])", "heapq.heapreplace([], 1)", "heapq.heappush((), 1)",
             "heapq.heapify(())", "heapq.heappushpop((), 1)", "heapq.heappush([1], 'a')",
             "heapq.nlargest('a', [1, 2])", "heapq.nsmallest(1.5, iter([1]))", "list(heapq.merge(1))"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
print(heapq.__all__)
heapq.heappop([])
