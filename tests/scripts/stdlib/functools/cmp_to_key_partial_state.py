# cmp_to_key keys are one type; partial's attributes are read-only and it copies (audit 11, F1/F2/F5/C4).
import copy
from functools import cmp_to_key, partial

K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K), callable(K), type(K(1)) is type(K))
k = K(3)
print(k.obj, k < K(4), k == K(3), k != K(3), k > K(1), k >= K(3), k <= K(2), K(obj=7).obj)
print(cmp_to_key(lambda a, b: 0)(1) == cmp_to_key(lambda a, b: 1)(2))
for op in (lambda: k < 3, lambda: k == 3, lambda: hash(k), lambda: k.other, lambda: K(),
           lambda: K(1, 2), lambda: K(bogus=1)):
    try:
        print(op())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
k.obj = 5
print(k.obj, type(K).__name__, type(K).__module__, type(K).__qualname__)
print(sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

p = partial(max, [1], key=len)
for name in ("func", "args", "keywords"):
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(name, e)
    try:
        delattr(p, name)
    except AttributeError as e:
        print(name, e)
p.extra = 1
print(p.extra, p.__dict__)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.__dict__, r.args[0] is p.args[0], q.args[0] is p.args[0], q([2, 3], [4]))
print(p.__reduce__()[0].__name__, p.__reduce__()[1:])
for state in ((1, 2, 3, 4), (max, (), None), [max, (), None, None], (max, [], None, None)):
    try:
        partial(int).__setstate__(state)
        print("ok")
    except TypeError as e:
        print(e)
s = partial(int)
s.__setstate__((int, ("10",), {"base": 2}, {"note": "x"}))
print(s, s(), s.note)


class P(partial):
    pass


print(repr(copy.copy(P(int, "1"))), type(copy.deepcopy(P(int))).__name__)
try:
    partial(int).zz
except AttributeError as e:
    print(e)
