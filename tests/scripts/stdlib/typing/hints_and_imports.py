from __future__ import annotations
from typing import *
from dataclasses import dataclass, field
from functools import total_ordering
import typing

@total_ordering
@dataclass
class Item:
    name: str
    weight: int = 0
    tags: List[str] = field(default_factory=list)
    def __lt__(self, other):
        return self.weight < other.weight
print(sorted([Item("a", 3), Item("b", 1)]), Item("a", 2) >= Item("b", 2))
print(Item.__annotations__, typing.get_type_hints(Item))
class Node:
    nxt: Optional[Node] = None
    val: int = 0
print(typing.get_type_hints(Node))
def f(x: int, y: "List[int]") -> Dict[str, int]: ...
print(typing.get_type_hints(f))
print(isinstance([1], Iterable), isinstance(3, Iterable), issubclass(dict, Mapping), isinstance(iter([]), Iterator))
import collections
print(collections.abc.Mapping, collections.ChainMap({'a': 1}), collections.UserDict({'a': 1}))
from collections import *
print(deque, Counter, ChainMap)
from enum import *
print(Enum, IntFlag, EnumCheck)
import copy
from collections import OrderedDict, deque, namedtuple, Counter, defaultdict
P = namedtuple('P', 'x y')
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(deque([1], maxlen=3)), copy.deepcopy(P(1, [2])), copy.deepcopy(Counter('aab')), copy.deepcopy(defaultdict(list, a=[1])))
print(copy.deepcopy(Item("z", 1, ["t"])))
