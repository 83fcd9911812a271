# copy: shallow and deep copies of built-in containers, user classes (dict, slots,
# __copy__/__deepcopy__, __getstate__/__setstate__, subclasses of built-ins), memo and cycles.
import copy

nested = [1, [2, 3], {"k": [4]}, (5, [6]), {7, 8}, "s", None, 2.5, b"b", bytearray(b"ba")]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1], deep == nested, deep[1] is nested[1])
print(deep[2]["k"] is nested[2]["k"], deep[3] is nested[3], deep[3][1] is nested[3][1], deep[9] is nested[9])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
for v in [1, "s", None, 3.5, True, len, int, range(3), frozenset([1]), b"x"]:
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
d = {"a": [1], "b": {"c": 2}}
d2 = copy.copy(d)
d2["a"].append(9)
print(d, copy.deepcopy(d) == d)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.copy(bytearray(b"ab")))

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc, len(c2))
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is not shared)
memo = {}
a = copy.deepcopy(shared, memo)
print(copy.deepcopy(shared, memo) is a, id(shared) in memo)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["p"]

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
pc = copy.copy(p)
pd = copy.deepcopy(p)
p.tags.append("changed")
print(pc, pd, pc.tags is p.tags, type(pd) is Point)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, "b"), type(sl).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(self.v + 100)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)


class Stateful:
    def __init__(self):
        self.secret = "s"
        self.keep = "k"

    def __getstate__(self):
        return {"keep": self.keep}

    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
        self.restored = True


st = copy.copy(Stateful())
print(sorted(vars(st)))


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.note = "n"
mlc = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.note, mlc[1] is ml[1])
md = MyDict(a=1)
print(type(copy.copy(md)).__name__, copy.copy(md))


class Money(int):
    pass


print(copy.copy(Money(5)) + 1, type(copy.deepcopy(Money(7))).__name__, copy.deepcopy(Money(7)))
print(copy.Error, copy.error is copy.Error, copy.__all__)


def gen():
    yield 1


copy.deepcopy(gen())
