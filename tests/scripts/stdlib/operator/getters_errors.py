import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(1, None))([1, 2, 3]), repr(itemgetter(1)), repr(itemgetter(1, "a")))
class O: pass
o = O(); o.a = O(); o.a.b = 7; o.c = 3
print(attrgetter("c")(o), attrgetter("a.b")(o), attrgetter("c", "a.b")(o), repr(attrgetter("a.b")), repr(attrgetter("x", "y")))
print(methodcaller("upper")("ab"), methodcaller("split", ",", maxsplit=1)("a,b,c"), repr(methodcaller("split", ",", maxsplit=1)), repr(methodcaller("x")))
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(itemgetter); t(attrgetter); t(attrgetter, 1); t(methodcaller); t(methodcaller, 1); t(itemgetter(5), [1]); t(attrgetter("zz"), o); t(itemgetter(1), 5)
t(op.add, 1, 2); t(op.add, 1, "a"); t(op.concat, [1], [2]); t(op.concat, 1, 2); t(op.truediv, 1, 0); t(op.floordiv, 7, 2); t(op.mod, -7, 3); t(op.pow, 2, 10); t(op.neg, 5); t(op.pos, -1); t(op.abs, -3); t(op.inv, 5); t(op.invert, 0); t(op.not_, []); t(op.truth, 3)
t(op.lshift, 1, 100); t(op.rshift, -16, 2); t(op.and_, 6, 3); t(op.or_, 6, 3); t(op.xor, 6, 3); t(op.matmul, 1, 2); t(op.index, 5); t(op.index, 5.0); t(op.is_, None, None); t(op.is_not, 1, None)
t(op.lt, 1, 2); t(op.le, 2, 2); t(op.eq, 1, 1.0); t(op.ne, 1, 2); t(op.ge, 1, 2); t(op.gt, "b", "a"); t(op.lt, 1, "a")
t(op.contains, [1], 1); t(op.countOf, [1, 1, 2], 1); t(op.indexOf, [1, 2], 2); t(op.indexOf, [1], 5); t(op.getitem, [1, 2], 1); t(op.length_hint, [1, 2]); t(op.length_hint, iter(range(5))); t(op.length_hint, 5, 9); t(op.length_hint, 5, "a")
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
t(op.iadd, [1], [2]); t(op.iconcat, [1], [2]); t(op.imul, [1], 2); t(op.ior, {1}, {2}); t(op.isub, 5, 2); t(op.itruediv, 1, 2); t(op.ipow, 2, 3); t(op.ilshift, 1, 3)
t(op.call, max, 1, 2) if hasattr(op, "call") else print("nocall")
print(op.__add__ is op.add, op.__lt__(1, 2), sorted([(1, "b"), (0, "c")], key=itemgetter(1)), list(map(attrgetter("real"), [1, 2])))
print(op.attrgetter("a")(o) is o.a, op.itemgetter(*range(3))("abcd"))
print(op.add.__name__, repr(op.add), op.itemgetter.__name__, type(itemgetter(1)).__name__)
t(itemgetter(1), a=1); t(attrgetter("a"), o, o); t(op.add, 1); t(op.not_)
t(op.concat, "a", [1]); t(op.iconcat, 1, 2)
class Z:
    def __index__(self): return 4
print(op.index(Z()), op.mul("ab", Z()), [1, 2, 3, 4, 5][op.index(Z())])
