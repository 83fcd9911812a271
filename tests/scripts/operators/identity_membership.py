a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, b is not a)
print(None is None, None is not None, True is True, (a is b) is True)
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], not 3 in [1, 2])
print("a" in "abc", "ab" in "abc", "ac" in "abc", "" in "abc", "abc" in "abc")
print(1 in {1: "x"}, "x" in {1: "x"}, 1 in {1, 2}, (1, 2) in {(1, 2)}, [1] in [[1], 2])
print(2 in range(5), 5 in range(5), 2.0 in [1, 2], "2" in [1, 2], True in [1], 0 in [False])
print(1 in (1,), () in ((),), [] in [[]], {} in [{}], None in [None])
nan = float("nan")
print(nan in [nan], nan in [float("nan")], [nan] == [nan], nan == nan)
print(a in [c], a in [b], any(x is a for x in [c]), any(x is a for x in [b]))
print("x" not in "", "" not in "", 0 not in [], [] not in [[]])
