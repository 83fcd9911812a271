f = frozenset([3, 1, 2, 10, 18])
g = f.copy()
print(g is f, f.union() is f, f.union() == f, type(f.union()).__name__)
print(f.union([4, 5]), f.intersection({1, 2, 99}), f.difference(range(3)), f.symmetric_difference([1, 50]))
print(type(f.union([4])).__name__, type(f.intersection([1])).__name__, type(f.difference([1])).__name__)
print(type(f.symmetric_difference([1])).__name__)
print(f.issubset(range(20)), f.issuperset([1, 2]), f.isdisjoint([4, 5]), f.isdisjoint(f), frozenset().isdisjoint(frozenset()))
s = {1, 2}
print(type(s.union(f)).__name__, type(s.intersection(f)).__name__, type(s ^ f).__name__)
h = {f: "frozen key"}
print(h[frozenset([1, 2, 3, 10, 18])], f in {f}, frozenset([1, 2]) in {frozenset([2, 1])})
nested = {frozenset([1]), frozenset([2]), frozenset([1, 2])}
print(nested - {frozenset([1])}, sorted(map(sorted, nested | {frozenset()})))
print(frozenset.union(f, [7]), frozenset.issubset(f, f), set.issubset({1}, f))
print(f.union(s, [100], "a").difference(["a"]), f.intersection(s, [2, 1]))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset()) == hash(frozenset([])))
