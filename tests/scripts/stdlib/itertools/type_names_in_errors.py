# itertools' and operator's C types name themselves as CPython does in error messages (audit 11, N1).
import itertools, operator

objs = [itertools.count(), itertools.cycle(""), itertools.repeat(1), itertools.accumulate([]),
        itertools.chain(), itertools.compress([], []), itertools.dropwhile(None, []),
        itertools.filterfalse(None, []), itertools.groupby([]), itertools.islice([], 1),
        itertools.starmap(None, []), itertools.takewhile(None, []), itertools.zip_longest(),
        itertools.product(), itertools.permutations([]), itertools.combinations([], 1),
        itertools.combinations_with_replacement([], 1), itertools.pairwise([]),
        itertools.tee([])[0], operator.itemgetter(1), operator.attrgetter("a"),
        operator.methodcaller("a")]
for o in objs:
    msgs = [str(type(o))]
    try:
        o.zz_attr
    except AttributeError as e:
        msgs.append(str(e))
    try:
        o < o
    except TypeError as e:
        msgs.append(str(e))
    print(" | ".join(msgs))
k, g = next(itertools.groupby("aa"))
try:
    g.zz
except AttributeError as e:
    print(e)


class MyCount(itertools.count):
    pass


try:
    MyCount().zz
except AttributeError as e:
    print(e)
