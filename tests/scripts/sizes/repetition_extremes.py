# Sequence repetition with huge, negative and boundary counts: CPython's errors, never an
# attempt to allocate the impossible.

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:60], len(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

for n in [0, -1, -2**63, -2**100, 3]:
    show(f"list*{n}", lambda: [1, 2] * n)
    show(f"{n}*list", lambda: n * [1, 2])
    show(f"tuple*{n}", lambda: (1, 2) * n)
    show(f"str*{n}", lambda: "ab" * n)
    show(f"empty*{n}", lambda: [] * n)

for n in [2**40, 2**62, 2**63 - 1, 2**63, 2**64, 2**100]:
    show(f"list*2**{n.bit_length() - 1}", lambda: [1, 2] * n)
    show(f"tuple*2**{n.bit_length() - 1}", lambda: (1,) * n)
    show(f"str1*2**{n.bit_length() - 1}", lambda: "a" * n)
    show(f"str2*2**{n.bit_length() - 1}", lambda: "ab" * n)
    show(f"empty list*2**{n.bit_length() - 1}", lambda: [] * n)
    show(f"empty str*2**{n.bit_length() - 1}", lambda: "" * n)

def inplace(x, n):
    x *= n
    return x

show("list *= 2**62", lambda: inplace([1, 2, 3], 2**62))
show("list *= 2**63", lambda: inplace([1, 2, 3], 2**63))
show("list *= -2**63", lambda: inplace([1, 2, 3], -2**63))
show("str *= 2**62", lambda: inplace("ab", 2**62))
show("str *= 2**61", lambda: inplace("ab", 2**61))
show("tuple *= 2**62", lambda: inplace((1, 2), 2**62))
show("non-ascii str * 2**62", lambda: "é" * 2**62)

class Count:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

show("list*Count(2**62)", lambda: [1] * Count(2**62))
show("list*Count(2**70)", lambda: [1] * Count(2**70))
show("list*Count(3)", lambda: [1] * Count(3))
