from __future__ import annotations
def h(a: lambda: 1 + 2, b: [1, 2] = None, c: {"k": v} = 0, e: a if b else c = 1, f: x[1:2, ...] = 2, g: f"s{1}" = 3, i: -1 = 0, j: a.b.c = 0, k: (1, 2) = 0, l: not x = 0, m: a @ b = 0): pass
print(h.__annotations__)
