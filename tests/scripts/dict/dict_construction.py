print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))))
print(dict({"a": 1}, b=2), dict([("a", 1)], a=3), dict(((1, 2), (3, 4))))
base = {"k": 1, "j": 2}
print(dict(base) == base, dict(base) is base, dict(**base), dict(base, **{"z": 0}))
print(dict(zip(range(3), "abc")), dict(zip("ab", [1, 2, 3])), dict(zip([], [])))
print(dict.fromkeys(range(3), []), dict(enumerate("xyz")), dict(enumerate("xyz", 1)))
print({**base, "k": 99}, {"k": 99, **base}, {**{}, **base, **{"new": 1}})
print(dict(["ab", "cd"]), dict([[1, "one"], [2, "two"]]))
def kw(**kwargs):
    return kwargs
print(kw(a=1, b=[2]), kw(), kw(**base), kw(x=1, **{"y": 2}))
squares = {n: n * n for n in range(-3, 4)}
print(squares, {v: k for k, v in squares.items()})
print({(i, j): i * j for i in range(2) for j in range(2)}, {c: ord(c) for c in "hi"})
print({x: x % 3 for x in range(10) if x % 2}, dict((str(i), i) for i in range(3)))
