# copy and deepcopy follow a class's own __reduce_ex__ / __reduce__ (audit 11, C1/C2/C3).
import copy


class R:
    def __reduce__(self):
        return (R2, (5,))


class R2:
    def __init__(self, v):
        self.v = v


print(copy.copy(R()).v, copy.deepcopy(R()).v, type(copy.copy(R())).__name__)


class RE:
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (RE2, ("a",), {"st": [1]})


class RE2:
    def __init__(self, a):
        self.a = a


r = copy.deepcopy(RE())
print(type(r).__name__, r.a, r.st)


class WithState:
    def __init__(self):
        self.items = [[1]]

    def __reduce__(self):
        return (WithState.fresh, (), self.items, iter([1, 2]), iter([("k", [3])]))

    @classmethod
    def fresh(cls):
        obj = cls.__new__(cls)
        obj.log = []
        return obj

    def __setstate__(self, st):
        self.items = st

    def append(self, x):
        self.log.append(x)

    def __setitem__(self, k, v):
        self.log.append((k, v))


w = WithState()
a, b = copy.copy(w), copy.deepcopy(w)
print(a.items is w.items, b.items == w.items, b.items[0] is w.items[0], a.log, b.log)


class Glob:
    def __reduce__(self):
        return "Glob"


g = Glob()
print(copy.copy(g) is g, copy.deepcopy(g) is g)


class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError("cannot copy this")


for f in (copy.copy, copy.deepcopy):
    try:
        f(NoCopy())
    except TypeError as e:
        print(e)


def bad(rv):
    class B:
        def __reduce__(self):
            return rv
    try:
        copy.copy(B())
    except TypeError as e:
        print(e)


bad(5)
bad(())
bad((int,))
bad((int, (), None, None, None, None))
o = object()
print(type(copy.copy(o)).__name__, copy.copy(o) is o, type(copy.deepcopy(o)).__name__)


class Rec:
    def __init__(self):
        self.me = self

    def __reduce__(self):
        return (Rec.__new__, (Rec,), self.__dict__)


x = copy.deepcopy(Rec())
print(x.me is x)
