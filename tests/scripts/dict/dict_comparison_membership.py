a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, list(a) == list(b), a == {"x": 1}, a == {"x": 1, "y": 2.0})
print("x" in a, 1 in a, "z" not in a, ("x", 1) in a.items(), 2 in a.values())
print({1: "a"} == {1.0: "a"}, {True: 1} == {1: 1}, {} == {}, {} == [])
c = {1: [1, 2]}
d = {1: [1, 2]}
print(c == d, c is d, c[1] is d[1])
nan = float("nan")
e = {"k": nan}
print(e == e, e == {"k": nan}, e == {"k": float("nan")})
print(len({(): 0, (1,): 1, ((),): 2}), {frozenset(): 1}[frozenset()])
print(sorted({3: "c", 1: "a", 2: "b"}.items()), list({3: "c", 1: "a", 2: "b"}.items()))
print(list(a.items()) == list(b.items()), sorted(a.items()) == sorted(b.items()))
print(bool({}), bool({0: 0}), len({None: None}), {None: 1}[None])
