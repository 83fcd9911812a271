# Import, ImportFrom and alias, in the forms pyrite has today: the future import and the
# builtins module.
from __future__ import annotations
import builtins
import builtins as b
from builtins import len as length, max


def f(x: SomeType) -> list[int]:
    return x


print(f.__annotations__)
print(builtins.len is len, b.abs(-3), length("four"), max(2, 7))
