a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*"hi", *range(2)], (*a,))
d1 = {"x": 1}
d2 = {"y": 2, "x": 3}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1}, {**d1, "x": 99})
print([*a, 0, *a], [*[], *[]], [*{"k": 1}], [*{3, 1, 2}])
print(*a, *b, sep="-")
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], [*nested], (*nested,))
print(max(*a, *b), min(*"zyx"), len([*range(5), *range(3)]))
s = {*"abc", *"bcd"}
print(sorted(s), len(s))
first, *_ = [*b, *a]
print(first, _)
print({**{i: i * i for i in range(3)}, **{1: "one"}})
print([*map(str, a)], [*filter(None, [0, 1, 2])], [*enumerate("ab")], [*zip("ab", a)])
