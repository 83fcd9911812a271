# Number attributes of int/float subclass instances and bool (the base's getset descriptors),
# and iteration of a list/tuple/str/dict subclass overriding __getitem__ (the inherited
# iterator ignores the override, as CPython's tp_iter does).
class I(int): pass
class F(float): pass
i = I(5); f = F(2.5)
for v in (i.real, i.imag, i.numerator, i.denominator, f.real, f.imag, True.real, True.numerator, True.denominator, True.imag, (5).numerator):
    print(repr(v), type(v).__name__)
print(i.conjugate(), type(i.conjugate()), type(f.conjugate()), f.is_integer(), f.as_integer_ratio(), i.as_integer_ratio(), True.as_integer_ratio())
class L(list):
    def __getitem__(self, k):
        return "over"
l = L([1, 2, 3])
print([x for x in l], list(l), l[0], *l)
for x in l:
    print(x)
print(sorted(l), tuple(l), sum(l), max(l), " ".join(map(str, l)))
a, b, c = l
print(a, b, c)
class T(tuple):
    def __getitem__(self, k): return "over"
print(list(T((1, 2))), T((1,2))[0])
class S(str):
    def __getitem__(self, k): return "over"
print(list(S("ab")))
class D(dict):
    def __getitem__(self, k): return "over"
    def __iter__(self): return iter(["z"])
print(list(D(a=1)), dict(D(a=1)), {**D(a=1)})
