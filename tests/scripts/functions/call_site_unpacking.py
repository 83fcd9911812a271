def f(a, b, c):
    return f"a={a} b={b} c={c}"
args = [1, 2, 3]
print(f(*args), f(*"xyz"), f(*range(3)), f(*(10, 20), 30), f(1, *[2, 3]))
kw = {"a": "A", "b": "B", "c": "C"}
print(f(**kw), f(1, **{"b": 2, "c": 3}), f(*[1], c=3, **{"b": 2}))
print(f(*[1, 2], **{"c": 3}), f(*{"p": 0, "q": 0, "r": 0}))
def g(*args, **kwargs):
    return len(args), sorted(kwargs)
print(g(*[1, 2], *(3,), *"ab"), g(**{"a": 1}, **{"b": 2}), g(*[], x=1, **{"y": 2}))
print(max(*[3, 7, 5]), min(*"zay"), print(*[1, 2], sep="+"))
pairs = [(1, 2), (3, 4)]
print([f(*p, c=0) for p in pairs], list(map(lambda t: f(*t, 9), pairs)))
def kwonly(*, x, y):
    return x - y
print(kwonly(**{"y": 1, "x": 10}), kwonly(y=1, **{"x": 5}))
nested = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*nested)), f(*nested[0]), f(*nested[1][::-1]))
