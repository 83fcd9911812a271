sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), add(b=0, a=7))
print((lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(z=1, a=2))
print(list(map(lambda x: x % 3, range(7))), sorted("Hello World", key=lambda c: c.lower()))
fs = [lambda x, n=n: x + n for n in range(4)]
print([f(10) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4), compose(str, sq)(12), compose(len, str)(2 ** 100))
print((lambda x: (lambda y: x * y))(6)(7))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
cond = lambda x: "big" if x > 100 else "small"
print(cond(5), cond(500), (lambda x, *, k: x * k)(3, k=4))
print(sorted([(1, "b"), (2, "a"), (0, "c")], key=lambda p: p[1]), max(range(-5, 5), key=lambda x: -x * x))
print(type(sq) == type(add), callable(sq), (lambda: None)() is None)
