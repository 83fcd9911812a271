print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)))
print(list(enumerate([])), list(enumerate(range(3), 10)), dict(enumerate("xy")))
for i, (a, b) in enumerate(zip("ab", "xy")):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip("abc")), list(zip()), list(zip([], [1])))
print(list(zip(range(3), range(10, 13), range(20, 23))), dict(zip("abc", range(3))))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, lets = zip(*pairs)
print(nums, lets, list(zip(*zip(*pairs))) == pairs)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], list(map(list, zip(*matrix[::-1]))))
e = enumerate("hi")
print(next(e), next(e), next(e, "end"))
z = zip("ab", [1, 2])
print(next(z), list(z), list(z))
print(list(enumerate(zip("ab", "cd"), 1)), list(zip(enumerate("ab"), "cd")))
print([i * v for i, v in enumerate([5, 5, 5])], sum(i for i, _ in enumerate(range(5))))
