# Constructor argument errors with the C types' wording (audit 11, I1).
import itertools as it
def t(f, *a, **k):
    try: r = f(*a, **k); print(type(r).__name__)
    except Exception as e: print(type(e).__name__, e)
for name in ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "filterfalse", "groupby", "islice", "starmap", "takewhile", "zip_longest", "product", "permutations", "combinations", "combinations_with_replacement", "pairwise"]:
    f = getattr(it, name)
    print(name, end=": "); t(f)
    print(name, end=": "); t(f, [1], [2], [3], [4], [5])
    print(name, end=": "); t(f, [1], bogus=1)

t(it.islice, [1], 1, 2, 3, 4); t(it.cycle, 5); t(it.pairwise, 5); t(it.dropwhile, None, 5); t(it.groupby, 5); t(it.permutations, 5)
t(it.count, 1, "a"); t(it.repeat, 1, "a"); t(it.repeat, 1, -1); t(it.repeat, 1, times=2); t(it.combinations, "ab", r=1); t(it.product, "ab", repeat="x"); t(it.islice, [1], "a")
print(list(it.repeat(1, -5)), list(it.repeat(object=2, times=2)), list(it.count(start=3, step=2).__next__() for _ in range(1)))
t(it.count, 1, start=2); t(it.repeat, 1, object=2); t(it.compress, [1], data=[1]); t(it.accumulate, [1], None, 5)
t(it.combinations, r=2); t(it.groupby, [1], key=None, bogus=1)


class MyCycle(it.cycle):
    pass


t(MyCycle, [1], x=1)
t(MyCycle)
print(list(it.islice(it.chain.from_iterable(["ab", "c"]), 2)), next(it.count(start=5, step=2)))
