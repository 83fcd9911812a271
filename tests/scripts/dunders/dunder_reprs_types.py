# Reprs and types of special methods of built-in types; dir() and hasattr stay exact.
print(int.__add__, float.__floor__, list.__getitem__, list.__len__, str.__getitem__)
print(dict.__contains__, set.__contains__, tuple.__contains__, range.__len__, list.__iadd__)
print(object.__eq__, object.__format__, int.__eq__, bool.__and__, bool.__add__)
print(list.append, dict.__reversed__, int.__trunc__, float.__round__)
print(type(int.__add__).__name__, type(list.append).__name__, type(len).__name__)
print(type((1).__add__).__name__, type([].append).__name__, type([].__getitem__).__name__)
print(type(iter([]).__next__).__name__, type(int.__trunc__).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, list.__getitem__.__qualname__)
print((5).__add__.__self__, [1].__len__.__self__, [1].__len__.__name__)

for obj in [1, 1.5, True, "s", [1], (1,), {1: 2}, {1}, frozenset(), range(2), None]:
    names = ["__iadd__", "__add__", "__len__", "__getitem__", "__hash__", "__next__", "__iter__",
             "__lt__", "__floor__", "__round__", "__contains__", "__index__", "__reversed__"]
    print(type(obj).__name__, [n for n in names if hasattr(obj, n)])
print(hasattr(iter([]), "__next__"), hasattr(iter([]), "__len__"))

print(dir(1) == sorted(dir(int)), len(dir(1)), len(dir([])), len(dir("")), len(dir({})))
print(len(dir(int.__add__)), len(dir((1).__add__)), len(dir(list.append)), len(dir(len)))
print([].__hash__, list.__hash__ is None, dict.__hash__, set.__hash__)
print(hash(1) == (1).__hash__(), "ab".__hash__() == hash("ab"), (1, 2).__hash__() == hash((1, 2)))

# NotImplemented where CPython's slots answer it.
pairs = [(1, 1.0), (1.0, 1), (1, "a"), ("a", 1), ([1], (1,)), ({1}, [1]), ({1: 2}, {}), (True, 1)]
for a, b in pairs:
    print(repr(a), repr(b), a.__eq__(b), a.__ne__(b), a.__lt__(b) if not isinstance(a, dict) else "-")
for a, b in [(1, 2.0), (2.0, 1), (3, True), ("x", "y"), ([1], [2]), ((1,), (2,)), ({1}, {2}), (7, [1])]:
    print(a.__add__(b) if hasattr(a, "__add__") else "-", a.__or__(b) if hasattr(a, "__or__") else "-",
          a.__mul__(2) if hasattr(a, "__mul__") else "-")
print((7).__rsub__(10), (7).__rtruediv__(14), (2.0).__rpow__(3), (3).__rlshift__(1), (6).__rfloordiv__(20))
print((7).__truediv__(2), (7).__floordiv__(2), (-7).__mod__(3), (2).__pow__(-1), (7.5).__mod__(2))
print(sum([1, 2, 3], 0), list(map(int.__neg__, [1, 2])), sorted(["ccc", "a", "bb"], key=str.__len__))
print(list(map(str.__add__, ["a", "b"], ["x", "y"])), list(map(int.__mul__, [1, 2], [3, 4])))


class Money(int):
    def __add__(self, other):
        r = super().__add__(other)
        return r if r is NotImplemented else Money(r)

    def __radd__(self, other):
        return self.__add__(other)

    def __repr__(self):
        return f"Money({int.__repr__(self)})"


print(Money(3) + 4, 4 + Money(3), Money(1) + 1.5, sum([Money(1), Money(2)]))


class Stack(list):
    def __iadd__(self, other):
        print("iadd", other)
        return super().__iadd__(other)

    def __getitem__(self, i):
        return super().__getitem__(i) * 10


s = Stack([1])
s += [2]
print(type(s).__name__, s, s[1], s.__len__(), list.__len__(s))


class Registry(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __contains__(self, k):
        return super().__contains__(k.lower())


r = Registry()
r["A"] = 1
print(r, "a" in r, "A" in r, dict.__len__(r))
print(object.__init_subclass__() is None, object.__subclasshook__(int))
print(int.__add__(True, True), float.__add__(1.5, 2), str.__mod__("%s-%s", (1, 2)), "%d".__mod__(4))
print(list.__mul__([1, 2], 2), tuple.__rmul__((0,), 3), str.__contains__("abc", "b"), list.__reversed__([1, 2]).__next__())
it = iter(range(3))
print(it.__next__(), it.__next__(), it.__iter__() is it, next(it))
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
print(int.__add__("a", 1))
