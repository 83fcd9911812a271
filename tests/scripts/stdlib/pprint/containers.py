import pprint
import collections
import dataclasses
import types
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserDict, UserList, UserString

pprint.pprint(OrderedDict((str(i) * 5, i) for i in range(10)), width=40)
pprint.pprint(OrderedDict(), width=5)
pprint.pprint(OrderedDict(a=1))
dd = defaultdict(list)
for i in range(12):
    dd['key%d' % (i % 5)].append(i * 1000)
pprint.pprint(dd, width=40)
pprint.pprint(defaultdict(int), width=5)
c = Counter('the quick brown fox jumps over the lazy dog')
pprint.pprint(c, width=40)
pprint.pprint(Counter(), width=5)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=25), width=40)
pprint.pprint(deque(), width=5)
pprint.pprint(ChainMap({'a' * 10: 1, 'b' * 10: 2}, {'c' * 10: 3}, {}), width=30)
pprint.pprint(ChainMap(), width=5)
pprint.pprint(UserDict({'k%d' % i: i for i in range(12)}), width=40)
pprint.pprint(UserList(range(30)), width=40)
pprint.pprint(UserString('word ' * 20), width=40)

@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = 'origin'
    hidden: list = dataclasses.field(default_factory=list, repr=False)

@dataclasses.dataclass
class Shape:
    name: str
    points: list

s = Shape('polygon with a rather long name', [Point(i, i * i, 'p%d' % i) for i in range(4)])
pprint.pprint(s)
pprint.pprint(s, width=40)
pprint.pprint(Point(1, 2))
@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int
pprint.pprint([NoRepr(1)] * 3, width=20) if False else print('skip')
class Custom:
    def __repr__(self):
        return 'Custom(' + 'x' * 90 + ')'
pprint.pprint([Custom()])
ns = types.SimpleNamespace(alpha=1, beta='two' * 10, gamma=[1, 2, 3] * 8)
pprint.pprint(ns, width=40)
class NS(types.SimpleNamespace):
    pass
pprint.pprint(NS(a=1, b='x' * 80))
class MyList(list):
    pass
class MyDict(dict):
    pass
pprint.pprint(MyList(range(40)), width=40)
pprint.pprint(MyDict({'k%d' % i: i for i in range(10)}), width=40)
class ReprList(list):
    def __repr__(self):
        return 'ReprList!'
pprint.pprint(ReprList(range(40)), width=40)
pprint.pprint({'od': OrderedDict(a=[1] * 30), 'dq': deque('abc')}, width=50)
nested = {'level1': {'level2': {'level3': {'level4': list(range(20))}}}}
pprint.pprint(nested, depth=3)
pprint.pprint(nested, width=30)
