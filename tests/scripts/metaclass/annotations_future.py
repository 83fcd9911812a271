from __future__ import annotations
from __future__ import generator_stop, division, print_function
# Under `from __future__ import annotations` annotations are stored as source strings.

a: int
b: List[Dict[str, Tuple[int, ...]]] = []
c: "quoted"
d: int | None
e: Callable[[int, str], bool]
f1: (1 + 2) * 3
f2: 2 ** -1
f3: -x ** 2
f4: 0x1F
f5: tuple[()]
f6: x[1:2, ::3]
f7: fn(a, *b, k=1, **c)
f8: not a and (b or c)
f9: lambda x, y=1: x
g1: a if b else c
g2: 1 .real
g3: {1: 2, **d}
g4: [x for x in y if x]
g5: 1e400
g6: a < b <= c is not d
g7: ~a
g8: fn(x for x in y)
g9: (a, b)
h1: x[a,]
h2: f"{a!r:>{w}} and {{braces}}"
h3: b'bytes\n'
h4: 'it\'s'
h5: {a, b}
h6: Undefined.attr[Anything]
print(__annotations__)


def func(x: Undefined, *args: Sequence[int], key: Optional[str] = None, **kw: Any) -> Iterator[int]:
    pass


print(func.__annotations__)


class Node:
    next: Optional[Node]
    value: int = 0

    def link(self, other: Node) -> Node:
        return other


print(Node.__annotations__, Node.link.__annotations__, Node().value)
