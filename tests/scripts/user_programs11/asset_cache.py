"""An LRU asset cache with size budget, built on OrderedDict, plus snapshotting with copy."""
import copy
from collections import OrderedDict
from typing import Callable, Dict, Generic, Hashable, List, Optional, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BudgetExceeded(Exception):
    pass


class LRUCache(Generic[K, V]):
    def __init__(self, budget: int, sizeof: Callable[[V], int] = lambda v: 1) -> None:
        self.budget = budget
        self.sizeof = sizeof
        self.used = 0
        self.data: "OrderedDict[K, V]" = OrderedDict()
        self.hits = self.misses = 0
        self.evicted: List[K] = []

    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key: K, value: V) -> None:
        size = self.sizeof(value)
        if size > self.budget:
            raise BudgetExceeded(f"{key!r} needs {size} but budget is {self.budget}")
        if key in self.data:
            self.used -= self.sizeof(self.data.pop(key))
        while self.used + size > self.budget:
            old_key, old_val = self.data.popitem(last=False)
            self.used -= self.sizeof(old_val)
            self.evicted.append(old_key)
        self.data[key] = value
        self.used += size

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"LRUCache(used={self.used}/{self.budget}, keys={list(self.data)})"


def load_texture(name: str) -> Dict[str, object]:
    size = {"grass": 4, "stone": 6, "water": 3, "lava": 8, "sky": 10}.get(name, 2)
    return {"name": name, "kb": size, "mips": [size // (2 ** i) for i in range(3)]}


cache: LRUCache[str, Dict[str, object]] = LRUCache(budget=20, sizeof=lambda t: t["kb"])
requests = ["grass", "stone", "grass", "water", "lava", "stone", "sky", "grass", "water", "ui", "lava"]
for name in requests:
    tex = cache.get(name)
    status = "hit "
    if tex is None:
        status = "miss"
        tex = load_texture(name)
        cache.put(name, tex)
    print(f"{status} {name:<6} -> {cache}")
print("hits/misses:", cache.hits, cache.misses, "evicted:", cache.evicted)
print("len:", len(cache), "first key:", next(iter(cache.data)))

try:
    cache.put("huge", {"name": "huge", "kb": 99})
except BudgetExceeded as e:
    print("BudgetExceeded:", e)

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), list(od.keys()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == {"b": 2, "a": 1})

snap_shallow = copy.copy(cache.data)
snap_deep = copy.deepcopy(cache.data)
first = next(iter(cache.data))
cache.data[first]["mips"].append(-1)
print("shallow sees change:", snap_shallow[first]["mips"])
print("deep unaffected:", snap_deep[first]["mips"])
print("deep is new object:", snap_deep[first] is not cache.data[first], type(snap_deep).__name__)


class Sprite:
    def __init__(self, name: str, frames: List[int]) -> None:
        self.name, self.frames = name, frames

    def __deepcopy__(self, memo: dict) -> "Sprite":
        print(f"  deep-copying sprite {self.name}")
        return Sprite(self.name + "_copy", copy.deepcopy(self.frames, memo))


s = Sprite("hero", [1, 2, 3])
pair = [s, s]
dup = copy.deepcopy(pair)
print(dup[0].name, dup[0] is dup[1], dup[0].frames is s.frames)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
