# Dict, Set, List, Tuple, Starred, Subscript, Slice, Attribute and Name in every context.
d = {"a": 1, "b": 2, **{"c": 3}, "a": 4}
print(d, {}, {1, 2, 3}, [1, *[2, 3], 4], (1,), (), (1, *(2, 3)), {*"ab"} == {"a", "b"})
lst = list(range(10))
print(lst[2], lst[-1], lst[2:5], lst[::3], lst[8:2:-2], lst[:], lst[slice(1, 4)])
lst[1:3] = ["x", "y", "z"]
del lst[0]
del lst[::2]
print(lst)
first, *rest = "hello"
print(first, rest)
(p, q), r = [1, 2], 3
print(p, q, r)


class Box:
    pass


box = Box()
box.value = 10
box.value += 1
print(box.value)
del box.value
print(hasattr(box, "value"))
name = "bound"
print(name)
del name
try:
    print(name)
except NameError as e:
    print(e)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
print(grid, d["b"], (lambda *args: args)(*[1, 2], *(3,)))
