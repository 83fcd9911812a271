# collections' C types name themselves as CPython does; self-referencing reprs (audit 11, N1/CO1/CO4/CO7).
from collections import deque, defaultdict, OrderedDict, ChainMap, Counter


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2])
t(lambda: d.zz)
t(lambda: d < [1])
t(lambda: hash(d))
t(lambda: d + 1)
t(lambda: defaultdict(int).zz)
t(lambda: defaultdict(int) + 1)
t(lambda: defaultdict(int) < defaultdict(int))
t(lambda: OrderedDict().zz)
t(lambda: OrderedDict() < OrderedDict())
t(lambda: hash(OrderedDict()))
t(lambda: Counter().zz)
t(lambda: d["a"])
t(lambda: d.rotate("a"))
t(lambda: d.__setitem__("x", 1))
t(lambda: d.__delitem__("x"))
t(lambda: d * "a")
t(lambda: deque([1], "a"))
t(lambda: d.insert("a", 1))
t(lambda: d.index(1, "a"))
t(lambda: d.__imul__("a"))
t(lambda: d[1.5])
d.rotate(True)
d.insert(True, 9)
print(d, deque([1, 2, 3], maxlen=True), d.maxlen, deque.maxlen)


def setmax():
    d.maxlen = 5


def delmax():
    del d.maxlen


t(setmax)
t(delmax)


class D(deque):
    pass


t(lambda: D().zz)
t(lambda: hash(D()))


def od():
    r = OrderedDict()
    r["s"] = r
    return r


def dq():
    r = deque()
    r.append(r)
    return r


def cm():
    r = ChainMap()
    r["s"] = r
    return r


def dd():
    r = defaultdict(list)
    r["s"] = r
    return r


def mix():
    x = {}
    q = deque([x, [x]], maxlen=3)
    x["q"] = q
    return q


for f in (od, dq, cm, dd, mix):
    t(f)
print(OrderedDict(a=1), deque([deque([1])]), ChainMap({1: 2}, {}))
