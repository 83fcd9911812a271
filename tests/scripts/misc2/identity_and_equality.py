a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, c == b)
c.append(3)
print(a, b, a == b)
print(None is None, type(None)() is None, [] is [], () == ())
x = None
print(x is None, x == None, x is not None)
print(True is True, (1 == 1) is True, bool(1) is True)
t1 = (1, [2])
t2 = (1, [2])
print(t1 == t2, t1 is t2)
t1[1].append(3)
print(t1 == t2, t1)
d1 = {"a": [1]}
d2 = dict(d1)
d2["a"].append(2)
print(d1, d1 == d2, d1["a"] is d2["a"])
deep = {k: list(v) for k, v in d1.items()}
deep["a"].append(3)
print(d1, deep)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
print(1 == 1.0 == True, {1: "a", 1.0: "b", True: "c"})
print(len({1, 1.0, True}), {0, 0.0, False, ""} == {0, ""})
print("abc" == "ab" + "c", [1, 2] == (1, 2), list((1, 2)) == [1, 2])
print({1, 2} == {2, 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, [1, 2] == [2, 1])
class Same:
    def __eq__(self, o):
        return True
s = Same()
print(s == 1, s == None, None == s, s is None, s != 1)
print(b"a" == "a", b"a" == bytearray(b"a"), [b"a", 1] == [bytearray(b"a"), 1], (b"",) == (memoryview(b""),), b"a" != "a")
