import itertools as it
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
g = it.groupby("aaabbc")
k, grp = next(g); next(g); print(k, list(grp))
a, b = it.tee(range(3), 2); print(list(b), list(a), it.tee(range(3), 0))
t1, t2 = it.tee("ab"); t3 = t1.__copy__(); print(list(t1), list(t3), list(t2))
i = iter(range(10)); print(list(it.islice(i, 3)), next(i), list(it.islice(i, 0)), next(i))
print(list(it.islice(range(10), 8, 2)), list(it.islice(range(10), None, None, 3)), list(it.islice(range(10), 2, None)))
z = it.zip_longest([1], [2, 3], [4, 5, 6]); print(list(z))
p = it.permutations([1, 1]); print(list(p), list(it.combinations([3, 1, 2], 2)), list(it.product([], [1])))
ac = it.accumulate([1, 2, 3], lambda a, b: a - b); print(list(ac))
c = it.count(); print(next(c), next(c)); print([x for x in it.takewhile(lambda x: x < 3, c)], next(c))
print(list(it.chain(*[[1], (2,), "3", {4: 5}])), list(it.compress("abc", it.repeat(True))), list(it.starmap(lambda: 1, [(), ()])))
cyc = it.cycle(iter([1, 2])); print([next(cyc) for _ in range(5)])
print(sum(1 for _ in it.combinations(range(20), 3)), len(list(it.product(range(4), repeat=4))), sum(1 for _ in it.permutations(range(7))))
print(list(it.pairwise([])), list(it.pairwise([1])), list(it.groupby([])), list(it.accumulate([5])))
class Sq:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(it.chain(Sq(), Sq())), list(it.zip_longest(Sq(), "ab")))
def bad():
    yield 1
    raise ValueError("inside")
t(list, it.chain(bad())); t(list, it.islice(bad(), 5)); t(list, it.tee(bad())[0])
print(list(it.islice(it.count(), 5, 10, 2)), list(map(lambda x: x * 2, it.islice(it.count(1), 3))))
it1 = it.product("ab", repeat=2); next(it1); print(list(it1))
print(list(it.accumulate([[1], [2]], initial=[0])), list(it.accumulate(["a", "b"], lambda x, y: y + x)))
t(it.accumulate([1, 2], 5).__next__); t(list, it.accumulate([1, 2], 5))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.filterfalse(lambda x: x % 2, range(10))))
gb = it.groupby([1, 2, 2, 3, 3, 3]); print([(k, len(list(v))) for k, v in gb])
print(list(it.combinations_with_replacement([1, 2, 3], 0)), list(it.combinations_with_replacement([], 2)), list(it.permutations([])), list(it.product(repeat=0)))
