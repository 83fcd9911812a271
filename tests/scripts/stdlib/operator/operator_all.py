# operator: every function, the dunder aliases, itemgetter/attrgetter/methodcaller and errors.
import operator as o
from operator import itemgetter, attrgetter, methodcaller

print(o.add, o.__add__ is o.add, o._abs, o.inv is o.invert, o.__inv__ is o.inv)
print(o.add(1, 2), o.sub(5, 3), o.mul("ab", 2), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.lshift(1, 5), o.rshift(64, 2), o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.neg(3), o.pos(-2))
print(o.invert(5), o.inv(0), o.abs(-2.5), o.not_([]), o.truth("x"), o.index(True), o.is_(None, None), o.is_not(1, None))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne("a", "a"), o.gt(3, 1), o.ge(1, 3), o.lt([1], [1, 0]))
print(o.concat([1], [2]), o.concat("ab", "c"), o.contains("abc", "b"), o.countOf([1, 1.0, True, 2], 1), o.indexOf("abc", "c"))
print(o.getitem([1, 2, 3], -1), o.getitem({"k": 1}, "k"), o.getitem("hello", slice(1, 3)))
d = {}
print(o.setitem(d, "x", 1), d, o.delitem(d, "x"), d)
l = [1]
print(o.iadd(l, [2]), l, o.iconcat(l, [3]), l, o.isub(5, 2), o.imul([0], 3), o.itruediv(1, 4), o.ifloordiv(9, 2))
print(o.imod(9, 4), o.ipow(3, 3), o.ilshift(1, 3), o.irshift(8, 1), o.iand(6, 3), o.ior(6, 3), o.ixor(6, 3))
s = {1}
print(o.ior(s, {2}), s, o.iand(s, {2}), s)
print(o.length_hint([1, 2]), o.length_hint(iter([1, 2, 3])), o.length_hint(5, 2), o.length_hint(iter(range(10))))
print(o.call(len, [1, 2]), o.call(dict, a=1), o.call(max, 3, 9, key=lambda v: -v))

class M:
    def __matmul__(self, other): return "matmul"
    def __imatmul__(self, other): return "imatmul"
    def __length_hint__(self): return 4
print(o.matmul(M(), 1), o.imatmul(M(), 1), o.length_hint(M()))

print(itemgetter(1), itemgetter(1, "a"), attrgetter("a.b", "c"), methodcaller("f", 1, k=2), methodcaller("g"))
print(type(itemgetter(1)), type(attrgetter("x")), type(methodcaller("m")))
print(sorted([(1, "b"), (0, "a"), (1, "a")], key=itemgetter(1, 0)), itemgetter(0, 2)("abc"), itemgetter(slice(1, None))("abc"))
print(list(map(itemgetter("k"), [{"k": 1}, {"k": 2}])))

class P:
    def __init__(self, n):
        self.n = n
        self.child = self if n == 0 else P(n - 1)
    def greet(self, who, punct="!"):
        return f"{who} from {self.n}{punct}"
p = P(2)
print(attrgetter("n")(p), attrgetter("child.child.n", "n")(p), methodcaller("greet", "hi")(p), methodcaller("greet", "yo", punct="?")(p))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("count", "a")("banana"))

cases = ["o.add(1, b=2)", "o.add(1)", "o.neg()", "o.setitem(1, 2)", "o.concat(1, 2)", "o.concat([1], (2,))",
         "o.iconcat(1, 2)", "o.indexOf([1, 2], 3)", "o.length_hint([], 'x')", "o.call()", "o.index(1.5)",
         "o.add(1, 'a')", "o.lt(1, 'a')", "o.neg('a')", "o.getitem([1], 5)", "o.delitem({}, 1)",
         "itemgetter()", "itemgetter(1)()", "itemgetter(1)([1, 2], 3)", "itemgetter(5)([1])",
         "itemgetter(1, a=2)", "attrgetter(1)", "attrgetter()", "attrgetter('zz')(1)", "attrgetter('a')(x=1)",
         "methodcaller()", "methodcaller(1)", "methodcaller('zz')(1)", "methodcaller('upper')()"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
print(o.__all__ == sorted(o.__all__), len(o.__all__))
o.truediv(1, 0)
