# Binary and augmented operators whose right operand is a small int literal (compiled with the
# operand inside the instruction): every operator on ints at the inline/big boundary, bools,
# floats (signed zeros, infinities), big ints, strings, lists and user classes, plus errors.
ops = [
    ("+", lambda x: x + 3, lambda x: x - -3),
    ("-", lambda x: x - 3, lambda x: x - 0),
    ("*", lambda x: x * 3, lambda x: x * -1),
    ("//", lambda x: x // 3, lambda x: x // -2),
    ("%", lambda x: x % 3, lambda x: x % -2),
    ("<<", lambda x: x << 3, lambda x: x << 0),
    (">>", lambda x: x >> 3, lambda x: x >> 127),
    ("&", lambda x: x & 3, lambda x: x & -8),
    ("|", lambda x: x | 3, lambda x: x | -128),
    ("^", lambda x: x ^ 3, lambda x: x ^ -1),
]

values = [0, 1, -1, 7, -7, 2**61 - 1, -(2**61), 2**62, -(2**62) - 1, 2**63, 2**100, -(2**100),
          True, False, 0.0, -0.0, 2.5, -2.5, float("inf"), float("-inf"), 1e300]

for name, f, g in ops:
    for v in values:
        for h in (f, g):
            try:
                print(name, repr(v), repr(h(v)))
            except Exception as e:
                print(name, repr(v), type(e).__name__, e)


def aug(v):
    out = []
    for step in range(10):
        x = v
        try:
            if step == 0:
                x += 1
            elif step == 1:
                x -= 0
            elif step == 2:
                x *= 5
            elif step == 3:
                x //= 4
            elif step == 4:
                x %= 4
            elif step == 5:
                x <<= 2
            elif step == 6:
                x >>= 1
            elif step == 7:
                x &= 6
            elif step == 8:
                x |= 9
            else:
                x ^= 12
            out.append(repr(x))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


for v in values + ["ab", [1, 2], (3,), None]:
    print("aug", repr(v), aug(v))


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, k):
        return Num(self.v + k)

    def __iadd__(self, k):
        self.v += k * 10
        return self

    def __mod__(self, k):
        return ("mod", self.v, k)

    def __rshift__(self, k):
        return NotImplemented

    def __repr__(self):
        return f"Num({self.v})"


n = Num(1)
print(n + 2, n % 3)
n += 4
print(n)
try:
    n >> 1
except TypeError as e:
    print("TypeError", e)
n.v -= 1
n.v *= 3
print(n)
d = {"k": 1.5}
d["k"] += 2
d["k"] *= -1
print(d)
glob = 10
glob //= 3
print(glob)
print("%d-%s" % (5, "x"), "ab" * 3, [0] * 4, (1,) * 2, 3 * "z")
