pairs = [(1, 2), (2, 1), (2, 2), (1.5, 1), ("a", "b"), ("b", "a"), ("abc", "ab"), ([1], [1, 0]), ((2,), (1, 9)), (True, False), (-1, -1.0)]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print({1, 2} < {1, 2, 3}, {1, 2} > {1}, {1} <= {1}, {1, 2} >= {3})
print(frozenset([1]) < {1, 2}, {1} == frozenset([1]))
print("Z" < "a", "a" < "á", "10" < "9", [1, "a"] < [1, "b"], (1, 2.5) < (1, 3))
print(None == None, None != None, [None] == [None], (None, 1) == (None, 1))
print(2 ** 64 > 2.0 ** 64 - 1, 2 ** 64 >= 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
print([[]] < [[0]], [[1]] > [[0, 5]], ((),) < ((0,),), "" < "\x00", "\x00" < "\x01")
print(max("apple", "Apple", "APPLE"), min([3, 2], [3, 1, 9]), max((1,), (0, 9)))
