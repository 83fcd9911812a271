# Under the annotations future, yield inside a lambda of an annotation is allowed; without the
# future a walrus in an annotation binds (audit 11, FU1).
from __future__ import annotations


def h(d: lambda: (yield), e: [q for q in "ab"] = 1) -> "list[int]":
    pass


print(h.__annotations__)
