import operator as op
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
class V:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __matmul__(self, o): return "matmul"
    def __imatmul__(self, o): return "imatmul"
    def __length_hint__(self): return 42
    def __index__(self): return 7
    def __repr__(self): return f"V({self.v})"
x = V(1); print(op.iadd(x, 2), op.matmul(x, 1), op.imatmul(x, 1), op.length_hint(x), op.index(x))
class LH:
    def __length_hint__(self): return -1
t(op.length_hint, LH())
class LH2:
    def __length_hint__(self): return "a"
t(op.length_hint, LH2())
class LH3:
    def __length_hint__(self): return NotImplemented
t(op.length_hint, LH3(), 5)
g = op.itemgetter(-1); print(g([1, 2]), g("ab"), op.itemgetter(slice(None, None, -1))("abc"))
ag = op.attrgetter("__class__.__name__"); print(ag(1), op.attrgetter("real", "imag")(3))
mc = op.methodcaller("replace", "a", "b"); print(mc("aaa"), op.methodcaller("count", "a")("banana"))
print(op.eq(x, x), op.ne(1, 1.0), op.is_(x, x), op.not_(0), op.truth(""), op.abs(-2.5), op.neg(True), op.inv(True), op.pos(False))
print(op.concat("a", "b"), op.concat((1,), (2,)), op.contains("abc", "b"), op.countOf("banana", "a"), op.indexOf("abc", "c"), op.getitem({"a": 1}, "a"))
print(op.floordiv(-7, 2), op.mod(-7.5, 2), op.truediv(7, 2), op.pow(2, -1), op.lshift(1, 0), op.rshift(1, 64), op.xor(True, False), op.and_(True, 1))
t(op.lshift, 1, -1); t(op.pow, 0, -1); t(op.mod, 1, 0); t(op.getitem, [1], "a"); t(op.delitem, (1,), 0); t(op.setitem, "a", 0, "b"); t(op.inv, 1.5); t(op.neg, "a"); t(op.index, "a")
print(op.__all__[:5], len(op.__all__), sorted(op.__all__) == sorted(set(op.__all__)))
print(op.__name__)
t(op.attrgetter("a"), None); t(op.itemgetter("a"), None); t(op.methodcaller("a"), None)
print(op.itemgetter(0, 1)(["x", "y"]), op.itemgetter()([1]) if False else "", op.attrgetter("v", "v")(x))
t(op.itemgetter); t(op.methodcaller, "x", 1, k=2)
print(repr(op.methodcaller("x", 1, k=2)), repr(op.attrgetter("a", "b.c")), repr(op.itemgetter("a", 1, None)))
