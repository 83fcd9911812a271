def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e
def g(x, /, y):
    return x, y
def h(*args, **kwargs):
    return args, kwargs
class K:
    def m(self, a):
        return a
    def __init__(self, x, y):
        pass
calls = [
    lambda: f(1, 2, d=4),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4, z=9),
    lambda: f(1, 2, a=1, d=4),
    lambda: f(),
    lambda: g(1, 2),
    lambda: g(x=1, y=2),
    lambda: g(1, y=2),
    lambda: h(1, 2, k=3),
    lambda: K(1, 2).m(),
    lambda: K(1, 2).m(1, 2),
    lambda: K(1),
    lambda: K(),
    lambda: K(1, 2, 3),
    lambda: K(1, 2).m(b=1),
    lambda: (lambda q: q)(),
    lambda: len(),
    lambda: len([], []),
    lambda: abs(1, 2),
    lambda: f(1, 2, **{"d": 1, "c": 2}),
    lambda: f(*[1, 2], d=0),
    lambda: f(1, 2, **{"d": 1, "d2": 2}),
    lambda: h(**{"a": 1}, **{"a": 2}),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except TypeError as e:
        print(i, "TypeError:", e)
