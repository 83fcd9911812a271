# Arithmetic, reflected, in-place and unary special methods; __index__, __int__, __float__,
# __bool__, __len__, __abs__, __call__, __format__.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def _val(self, o):
        return o.v if isinstance(o, N) else o
for name, fn in [
    ("__add__", lambda s, o: N(s.v + s._val(o))),
    ("__radd__", lambda s, o: N(s._val(o) + s.v)),
    ("__sub__", lambda s, o: N(s.v - s._val(o))),
    ("__rsub__", lambda s, o: N(s._val(o) - s.v)),
    ("__mul__", lambda s, o: N(s.v * s._val(o))),
    ("__rmul__", lambda s, o: N(s._val(o) * s.v)),
    ("__truediv__", lambda s, o: N(s.v / s._val(o))),
    ("__rtruediv__", lambda s, o: N(s._val(o) / s.v)),
    ("__floordiv__", lambda s, o: N(s.v // s._val(o))),
    ("__rfloordiv__", lambda s, o: N(s._val(o) // s.v)),
    ("__mod__", lambda s, o: N(s.v % s._val(o))),
    ("__rmod__", lambda s, o: N(s._val(o) % s.v)),
    ("__pow__", lambda s, o: N(s.v ** s._val(o))),
    ("__rpow__", lambda s, o: N(s._val(o) ** s.v)),
    ("__lshift__", lambda s, o: N(s.v << s._val(o))),
    ("__rlshift__", lambda s, o: N(s._val(o) << s.v)),
    ("__rshift__", lambda s, o: N(s.v >> s._val(o))),
    ("__rrshift__", lambda s, o: N(s._val(o) >> s.v)),
    ("__and__", lambda s, o: N(s.v & s._val(o))),
    ("__rand__", lambda s, o: N(s._val(o) & s.v)),
    ("__or__", lambda s, o: N(s.v | s._val(o))),
    ("__ror__", lambda s, o: N(s._val(o) | s.v)),
    ("__xor__", lambda s, o: N(s.v ^ s._val(o))),
    ("__rxor__", lambda s, o: N(s._val(o) ^ s.v)),
    ("__neg__", lambda s: N(-s.v)),
    ("__pos__", lambda s: N(+s.v)),
    ("__abs__", lambda s: N(abs(s.v))),
    ("__invert__", lambda s: N(~s.v)),
]:
    setattr(N, name, fn)
a, b = N(12), N(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** N(2), a << N(1), a >> N(1), a & b, a | b, a ^ b)
print(1 + a, 20 - a, 2 * a, 24 / a, 25 // a, 25 % a, 2 ** N(3), 1 << N(3), 64 >> N(2), 7 & a, 1 | a, 5 ^ a)
print(-a, +a, abs(N(-3)), ~a)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        return "plain add"
    def __imul__(self, n):
        return NotImplemented
    def __mul__(self, n):
        return "mul fallback"
acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc is ref, acc.items)
acc *= 3
print(acc)
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)
x = NoInplace(1)
y = x
x += 5
print(x.v, y.v, x is y)
try:
    y -= 1
except TypeError as e:
    print("TypeError:", e)
try:
    object() + 1
except TypeError as e:
    print("TypeError:", e)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
try:
    abs(object())
except TypeError as e:
    print("TypeError:", e)

# Subclass operand with an overriding reflected method goes first.
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
class Sub2(Base):
    pass
print(Base() + Sub(), Sub() + Base(), Base() + Sub2(), 1 + Sub())
class NotImpl:
    def __add__(self, o):
        return NotImplemented
class Catch:
    def __radd__(self, o):
        return "Catch.radd"
print(NotImpl() + Catch())
try:
    NotImpl() + NotImpl()
except TypeError as e:
    print("TypeError:", e)

# Conversions.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], [0] * Idx(2), bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), [1, 2, 3, 4][Idx(1):Idx(3)], int(Idx(7)), float(Idx(2)))
class Conv:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __bool__(self):
        return False
print(int(Conv()), float(Conv()), bool(Conv()), "yes" if Conv() else "no", not Conv())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
for n in (-1, "3"):
    try:
        bool(Sized(n))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

class Fn:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kw):
        self.calls += 1
        return (args, kw)
fn = Fn()
print(fn(1, 2, k=3), fn(), fn.calls, callable(fn), callable(Fn), callable(N(1)))
try:
    N(1)()
except TypeError as e:
    print("TypeError:", e)

class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(f"{Fmt()}", f"{Fmt():>10}", format(Fmt(), "x"), "{:abc}".format(Fmt()))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(object(), "")[:8], f"{N(3)!r:>8}|")
class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __rmatmul__(self, o):
        return ("rmatmul", o)
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
m = Mat([[1, 2], [3, 4]])
print((m @ Mat([[1, 0], [0, 1]])).rows, 5 @ m)
m @= Mat([[0, 1], [1, 0]])
print(m.rows)
try:
    1 @ 2
except TypeError as e:
    print("TypeError:", e)
-N("s")
