from __future__ import annotations
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import Optional, Dict, List
from collections import defaultdict, Counter
from functools import total_ordering, reduce
import itertools, operator, json, copy, heapq, bisect
class Status(Enum):
    OPEN = auto()
    DONE = auto()
@total_ordering
@dataclass
class Task:
    title: str
    priority: int = 0
    status: Status = Status.OPEN
    tags: List[str] = field(default_factory=list)
    parent: Optional[Task] = None
    def __lt__(self, other): return self.priority < other.priority
tasks = [Task("a", 3, tags=["x"]), Task("b", 1), Task("c", 2, Status.DONE, ["x", "y"])]
print(sorted(tasks)); print(max(tasks).title, min(tasks, key=operator.attrgetter("title")))
print(asdict(tasks[0]))
by_status = defaultdict(list)
for t in tasks: by_status[t.status].append(t.title)
print(dict(by_status), by_status)
print(Counter(tag for t in tasks for tag in t.tags).most_common())
for k, g in itertools.groupby(sorted(tasks, key=lambda t: t.status.value), key=lambda t: t.status):
    print(k, [t.title for t in g])
print(json.dumps(asdict(tasks[2]), default=lambda o: o.name))
deep = copy.deepcopy(tasks); deep[0].tags.append("z"); print(tasks[0].tags, deep[0].tags, deep[0] == tasks[0])
print(heapq.nsmallest(2, tasks), [t.title for t in heapq.nlargest(1, tasks)])
print(Task.__annotations__)
print(reduce(operator.add, (t.priority for t in tasks)), sum(map(operator.attrgetter("priority"), tasks)))
h = [(t.priority, t.title) for t in tasks]; heapq.heapify(h); print([heapq.heappop(h) for _ in range(len(h))])
print({s: s.value for s in Status}, Status["DONE"] in {Status.DONE}, f"{Status.OPEN!s} {Status.OPEN!r} {Status.OPEN.name.lower()}")
print(json.dumps({"s": Status.OPEN.value}), list(itertools.accumulate(t.priority for t in tasks)))
t2 = Task("d", parent=tasks[0]); print(t2)
@dataclass(frozen=True)
class Key:
    a: int
    b: str
cache = {Key(1, "x"): 1}; print(cache[Key(1, "x")], Key(1, "x") in cache, sorted({Key(2, "b"), Key(1, "a")}, key=lambda k: k.a))
print(list(itertools.product(Status, [1, 2]))[:3])
print(list(itertools.zip_longest(tasks, "ab", fillvalue=None))[2][1])
class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    @property
    def sides(self): return {"circle": 0, "square": 4}[self.value]
print([s.sides for s in Shape], Shape("circle"), Shape.SQUARE.sides)
