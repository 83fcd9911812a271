for v in ["", "abc", "ñ🙂", [], [1, [2, 3]], (), (1,), {}, {1: 2, 3: 4}, set(), {1, 2, 2}, frozenset("aab"), range(10), range(0, 10, 3)]:
    print(repr(v), len(v), type(v))
for v in [1, 1.5, True, None, "s", [], (), {}, set(), frozenset(), range(1), 2 ** 100, -0.0]:
    print(type(v), str(type(v))[8:-2], repr(type(v)))
print(type(type(1)), type(len), type(lambda: 0) == type(lambda: 1))
def f():
    pass
class C:
    pass
print(type(C()) == C, type(f) == type(lambda: 0), type(C) == type(int))
print(type(1) == int, type(True) == int, type(True) == bool, type(1.0) is float)
print(type(1 + 2.0), type("a" * 2), type([] + []), type(3 // 2), type(3 / 1))
print(type(iter([])) is type(iter([1])), type(zip()) == zip, type(map(abs, [])) == map)
