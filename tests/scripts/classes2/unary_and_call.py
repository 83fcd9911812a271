class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~self.v)
    def __abs__(self):
        return self.v if self.v >= 0 else -self.v
    def __repr__(self):
        return f"Num({self.v})"
n = Num(5)
print(-n, +Num(-3), ~n, abs(Num(-9)), -(-n), ~~n)
try:
    not_supported = Num(1) + 1
except TypeError as e:
    print("TypeError:", e)
class Adder:
    def __init__(self, base):
        self.base = base
        self.calls = 0
    def __call__(self, x, *rest, scale=1, **kw):
        self.calls += 1
        return (self.base + x + sum(rest)) * scale, sorted(kw)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(0, z=1, a=2), add5.calls)
print(callable(add5), callable(Num(1)), callable(Adder), callable(len), callable(3))
print(list(map(Adder(100), [1, 2])))
class Compose:
    def __init__(self, *fs):
        self.fs = fs
    def __call__(self, x):
        for f in reversed(self.fs):
            x = f(x)
        return x
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(Compose(inc, dbl)(5), Compose(dbl, inc)(5), Compose()(7), Compose(str, abs, Num)(-4))
try:
    Num(1)()
except TypeError as e:
    print("TypeError:", e)
try:
    -object()
except TypeError as e:
    print("TypeError:", e)
try:
    ~Adder(1)
except TypeError as e:
    print("TypeError:", e)
