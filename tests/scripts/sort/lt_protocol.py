# What a sort's `<` is: PyObject_RichCompareBool(x, y, Py_LT), with the shortcut CPython takes
# when every key has one user class (its own `__lt__` first, the full protocol again only on
# NotImplemented), and the tuple variant of it.


class Truthy:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        print(f"bool({self.t})", end=" ")
        return self.t


class W:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        r = self.v < other.v
        # Non-bool results are judged by truthiness.
        return [1] if r else 0 if self.v % 2 else Truthy(r)

    def __repr__(self):
        return f"W{self.v}"


print(sorted(W(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]))
print()


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print(f"{self.v}>{other.v}", end=" ")
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"


print(sorted([OnlyGt(2), OnlyGt(3), OnlyGt(1)]))


class Half:
    """`__lt__` answers only for even values; the reflected `__gt__` does the rest."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"lt({self.v},{other.v})", end=" ")
        if self.v % 2:
            return NotImplemented
        return self.v < other.v

    def __gt__(self, other):
        print(f"gt({self.v},{other.v})", end=" ")
        return self.v > other.v

    def __repr__(self):
        return f"H{self.v}"


print(sorted([Half(3), Half(2), Half(5), Half(4), Half(1)]))


class Sub(Half):
    def __gt__(self, other):
        print(f"subgt({self.v},{other.v})", end=" ")
        return self.v > other.v

    def __repr__(self):
        return f"S{self.v}"


# Mixed classes: the generic protocol, where a subclass's reflected method goes first.
print(sorted([Half(3), Sub(2), Half(5), Sub(4), Half(1)]))
# Tuples whose first items share a class: the first items compare with the shortcut.
print(sorted([(Half(3), "a"), (Half(2), "b"), (Half(5), "c"), (Half(1), "d")]))
pair = Half(7)
print(sorted([(pair, 2), (pair, 1), (Half(6), 0)]))


class Eq(Half):
    def __eq__(self, other):
        print(f"eq({self.v},{other.v})", end=" ")
        return self.v == other.v

    __hash__ = None


print(sorted([(Eq(1), 2), (Eq(1), 1), (Eq(0), 5)]))
print(sorted([(1, Eq(3)), (1, Eq(2)), (0, Eq(9))]))
print(sorted([[Half(3)], [Half(2)], [Half(1)]]))


class A:
    def __lt__(self, other):
        print("A.__lt__", end=" ")
        return NotImplemented


class B:
    pass


try:
    sorted([A(), A()])
except TypeError as e:
    print(e)
try:
    sorted([3, "x"])
except TypeError as e:
    print(e)
try:
    sorted([None, None])
except TypeError as e:
    print(e)
try:
    [1, 2, (3,)].sort()
except TypeError as e:
    print(e)


class Bad:
    def __lt__(self, other):
        return Bad()

    def __bool__(self):
        raise RuntimeError("no truth")


try:
    sorted([Bad(), Bad()])
except RuntimeError as e:
    print("RuntimeError", e)

sorted([B(), A()])
