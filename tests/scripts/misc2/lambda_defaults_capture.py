fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
base = 5
add_base = lambda x, b=base: x + b
base = 100
print(add_base(1), add_base(1, 2))
default_list = lambda x, acc=[]: acc.append(x) or acc
print(default_list(1), default_list(2), default_list(3, []))
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(2) for m in make_multipliers()])
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "pow": lambda a, b=2: a ** b}
print({name: op(7, 3) for name, op in ops.items()}, ops["pow"](5))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose(str, abs)(-3))
key_funcs = [lambda s: len(s), lambda s: s[-1], str.lower]
words = ["Banana", "fig", "apple", "Cherry"]
for k in key_funcs:
    print(sorted(words, key=k))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=1, y=2))
print((lambda: "no args")(), (lambda x=(1, 2): x)())
counter = {"n": 0}
bump = lambda: counter.update(n=counter["n"] + 1) or counter["n"]
print(bump(), bump(), bump())
def defaults_evaluated_once(x=[]):
    x.append(len(x))
    return x
print(defaults_evaluated_once(), defaults_evaluated_once(), defaults_evaluated_once([9]))
print(defaults_evaluated_once.__defaults__)
