# Special methods of built-in types read as attributes and called.
it = iter([1,2])
print(it.__next__())
print((1).__add__(2))
print((1).__add__("a"))
print(int.__add__)
print(int.__add__(1, 2))
print(float.__floor__(2.5), float.__ceil__(2.5), float.__trunc__(-2.5), float.__round__(2.567, 2), float.__round__(2.5))
print(list.__getitem__([1,2], 0))
l = [1]; print(l.__iadd__([2]) is l, l)
print(str.__len__("abc"), range.__len__(range(4)))
d = {}; d.__setitem__(1, 2); print(d)
print(type(object.__init_subclass__).__name__)
print(tuple.__mul__((1,), 2), {1}.__or__({2}), int.__radd__(1, 2), str.__mod__("%d", 3))
print((1).__eq__("a"), (1).__hash__(), (1).__repr__(), (1).__format__("03"), (1).__class__, (0).__bool__())
print([1].__contains__(1), {1:2}.__or__({3:4}), (1).__lt__(2), int.__index__(5), float.__int__(2.5), int.__neg__(3))
print(hasattr(1, "__iadd__"), type((1).__add__), type(int.__add__), type([].append), type(list.append))
print(type(int.__add__), type(list.append), type([].__getitem__), type(list.__getitem__), type(len))
print(list.__getitem__, str.__getitem__, dict.__contains__, set.__contains__, str.__len__, list.__iadd__)
print((1).__add__(1.5), (1.5).__add__(1), (1).__eq__(1.0), (1.0).__eq__(1), [1].__eq__((1,)), "a".__rmod__(3), (3).__rmul__("ab"), "ab".__rmul__(3))
print(True.__and__(1), True.__and__(True), True.__index__(), True.__floor__(), (5).__divmod__(3), (5).__rdivmod__(17), (5).__divmod__(1.5), (2).__pow__(10, 7))
print({1}.__eq__(frozenset({1})), {}.__eq__([]), {}.__lt__({}), range(3).__eq__(range(3)), range(3).__lt__(range(3)), {}.keys().__eq__({}.keys()), {1:2}.keys().__or__([3]))
print(None.__bool__(), None.__repr__(), "x".__str__(), list([3,1].__reversed__()), list(range(3).__reversed__()), type((x for x in []).__next__).__name__)
g = (x for x in [7]); print(g.__next__(), g.__iter__() is g)
print(len.__call__([1,2]), (lambda a: a + 1).__call__(1))
def f(self): return self
print(f.__get__(5)(), f.__get__(None, int) is f)
s = {1}; print(s.__ior__({2}), s.__isub__({1}), s.__ior__([1]))
d = {1: 2}; print(d.__ior__([(3, 4)]))
print(int.__add__.__name__, int.__add__.__qualname__, (1).__add__.__self__)
class MyInt(int):
    def __add__(self, o):
        return MyInt(super().__add__(o) * 10)
print(MyInt(1) + 2, type(MyInt(1) + 2).__name__, MyInt(3).__add__(1), int.__add__(MyInt(2), 3))
class D(dict):
    def __missing__(self, k): return k * 2
print(D({1: 2}).__getitem__(1))
class L(list): pass
ll = L([1, 2]); print(ll.__len__(), list.__len__(ll), ll.__getitem__(1), ll.__iadd__([3]) is ll, ll)
for bad in [lambda: int.__add__("a", 1), lambda: list.__getitem__((1,), 0), lambda: int.__add__(), lambda: (1).__add__(), lambda: "a".__mul__("b"), lambda: [1].__add__((2,)), lambda: "a".__add__(1), lambda: [1].__imul__("x"), lambda: list.__len__(3), lambda: float.__floor__(float("inf")), lambda: (1).__add__(1, 2), lambda: float.__add__(1, 2.0), lambda: list.__iadd__((1,), [2]), lambda: (1).__add__(x=1), lambda: [].__hash__(), lambda: iter([]).__next__(), lambda: {}.__getitem__("k"), lambda: set.__or__(frozenset(), set())]:
    try:
        print(bad())
    except (TypeError, OverflowError, StopIteration, KeyError) as e:
        print(type(e).__name__, e)
