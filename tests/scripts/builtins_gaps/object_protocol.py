# __sizeof__, __getnewargs__, __length_hint__, __reduce__, __reduce_ex__, __getstate__ of
# built-in types: CPython 3.11's values (64-bit) where pyrite can match them, a refusal by
# name where it cannot.


def show(label, f):
    try:
        print(label, repr(f()))
    except NotImplementedError as e:
        print(label, "refused")
    except TypeError as e:
        print(label, "TypeError:", e)


class C:
    pass


class C2(C):
    pass


class F(float):
    pass


class I(int):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


class E(ValueError):
    pass


print(object().__sizeof__(), C().__sizeof__(), C2().__sizeof__(), F(1.0).__sizeof__(), I(1).__sizeof__())
print(T((1, 2)).__sizeof__(), B(b"ab").__sizeof__(), E().__sizeof__(), ValueError().__sizeof__(), OSError().__sizeof__())
print((0).__sizeof__(), (1).__sizeof__(), (2**30 - 1).__sizeof__(), (2**30).__sizeof__(), (-2**30).__sizeof__(), (2**60).__sizeof__(), (10**100).__sizeof__())
print(True.__sizeof__(), False.__sizeof__(), 1.5.__sizeof__(), None.__sizeof__(), NotImplemented.__sizeof__(), (...).__sizeof__())
print("".__sizeof__(), "ab".__sizeof__(), "é".__sizeof__(), "éé".__sizeof__(), "€".__sizeof__(), "a€".__sizeof__(), "😀".__sizeof__())
print(b"".__sizeof__(), b"ab".__sizeof__(), ().__sizeof__(), (1, 2).__sizeof__(), range(5).__sizeof__(), slice(1).__sizeof__())
print(object.__sizeof__(0), object.__sizeof__(1), object.__sizeof__(True), object.__sizeof__(False), object.__sizeof__("abc"), object.__sizeof__(2**40))
print(object.__sizeof__([1, 2]), object.__sizeof__({}), object.__sizeof__(set()), object.__sizeof__(bytearray(b"x")))
print(int.__sizeof__(True), int.__sizeof__(I(2**31)))


class Slotted:
    __slots__ = ("a",)


class S(str):
    pass


for label, f in [
    ("int arg", lambda: (1).__sizeof__(2)),
    ("no self", lambda: int.__sizeof__()),
]:
    show(label, f)

print((5).__getnewargs__(), True.__getnewargs__(), 1.5.__getnewargs__(), "s".__getnewargs__(), b"b".__getnewargs__(), (1, 2).__getnewargs__())
print(I(3).__getnewargs__(), F(2.5).__getnewargs__(), T((1,)).__getnewargs__(), type(I(3).__getnewargs__()[0]), type(T((1,)).__getnewargs__()[0]))

it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__())
l = [1, 2]
it = iter(l)
l.append(3)
print(it.__length_hint__())
it = reversed([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__())
print(iter((1, 2)).__length_hint__(), iter("héllo").__length_hint__(), iter(b"abc").__length_hint__(), iter(range(10)).__length_hint__())
print(iter(range(0, 10**30, 7)).__length_hint__())
d = {1: 2, 3: 4, 5: 6}
it = iter(d)
next(it)
print(it.__length_hint__(), iter(d.values()).__length_hint__(), iter(d.items()).__length_hint__())
d[7] = 8
print(it.__length_hint__())
s = {1, 2, 3}
it = iter(s)
next(it)
print(it.__length_hint__())
it = iter([])
print(it.__length_hint__(), list(it), it.__length_hint__())


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError

    def __len__(self):
        return 3


print(reversed(Seq()).__length_hint__())

print(range(1, 10, 2).__reduce__(), slice(1, 2).__reduce__(), slice(None).__reduce__())
print(range(3).__reduce_ex__(2), slice(1, 2, 3).__reduce_ex__(4))
show("reduce_ex arg", lambda: range(3).__reduce_ex__("x"))

c = C()
print(c.__getstate__())
c.x = 1
print(c.__getstate__(), c.__getstate__() is c.__dict__)
print((1).__getstate__(), [].__getstate__(), I(1).__getstate__())
i = I(1)
i.y = 2
print(i.__getstate__())
print(Slotted().__getstate__())
sl = Slotted()
sl.a = 5
print(sl.__getstate__())



class WithDict:
    __slots__ = ("q", "__dict__")


wd = WithDict()
wd.q = 1
print(wd.__getstate__())
wd.z = 3
print(wd.__getstate__())
