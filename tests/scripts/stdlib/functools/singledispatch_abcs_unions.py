# singledispatch on ABCs, unions and string annotations (audit 11, F3/F4/F6).
from functools import singledispatch
import collections.abc as cabc
from collections import OrderedDict, deque, Counter, defaultdict, UserList
from typing import Union, Optional, List


@singledispatch
def kind(x): return "object"
@kind.register
def _(x: cabc.Sequence): return "sequence"
@kind.register
def _(x: cabc.Mapping): return "mapping"
@kind.register
def _(x: cabc.Iterable): return "iterable"
@kind.register
def _(x: str): return "str"
@kind.register(int)
def _(x): return "int"


class MySeq:
    def __getitem__(self, i): return i
    def __len__(self): return 0


class Sized2:
    def __len__(self): return 0
    def __iter__(self): return iter([])


print([kind(v) for v in ([1], (1,), {}, OrderedDict(), {1}, "s", b"b", 1, True, 1.5, deque(),
                         range(3), iter([]), MySeq(), Sized2(), Counter(), defaultdict(int),
                         UserList(), frozenset(), {}.keys(), (x for x in []))])
cabc.Sequence.register(MySeq)
print(kind(MySeq()), kind.dispatch(MySeq).__name__)


@singledispatch
def amb(x): return "object"
amb.register(cabc.Sized, lambda x: "sized")
amb.register(cabc.Iterable, lambda x: "iterable")
for v in ([1], "s", Sized2(), iter([])):
    try:
        print(amb(v))
    except RuntimeError as e:
        print(e)


@singledispatch
def h(x): return "default"
h.register(cabc.Hashable, lambda x: "hashable")
h.register(cabc.Iterable, lambda x: "iterable")
print(h(1), h((1,)), h([1]), h("s"), h(None), h({}))


@singledispatch
def f(x): return "default"
@f.register
def _(x: int | str): return "int|str"
@f.register
def _(x: Union[float, bytes]): return "float|bytes"
@f.register(list | tuple)
def _(x): return "seq"
@f.register
def _(x: "dict"): return "dict"
print(f(1), f("a"), f(1.5), f(b""), f([]), f(()), f({}), f(None))
print(sorted(k.__name__ for k in f.registry))
for bad in ["def _(x: int | List[int]): pass", "def _(x: Optional[List[int]]): pass",
            "def _(x: List[int]): pass", "def _(x: 'undefined_name'): pass", "def _(x: 5): pass"]:
    ns = {"List": List, "Optional": Optional}
    exec(bad, ns)
    try:
        f.register(ns["_"])
    except Exception as e:
        print(type(e).__name__, e)
for bad in (int | List[int], 5):
    try:
        f.register(bad, lambda x: 1)
    except TypeError as e:
        print(e)
f.register(Union[set, frozenset], lambda x: "set")
print(f({1}), f(frozenset()))
