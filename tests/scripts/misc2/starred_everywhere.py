def f(*args, **kwargs):
    return args, kwargs
xs = [1, 2, 3]
ys = (4, 5)
print(f(*xs, *ys))
print(f(0, *xs, 9, *"ab"))
a = {"p": 1}
b = {"q": 2, "p": 3}
print(f(**a, r=0))
print(f(*xs, **b))
print([*xs, *ys, *range(2)])
print((*xs,), (*xs, *ys))
print({*xs, *ys, 1})
print({**a, **b}, {**b, **a}, {**a, "p": "override", **{}})
print({"z": 0, **a, "y": 9})
print(*xs)
print(*xs, sep=", ")
print(*"abc", sep="-", end="!\n")
print(*[], "only", *())
print(*[1, [2, 3]], sep=" | ")
print(*sorted({3, 1, 2}), sep="")
matrix = [[1, 2], [3, 4], [5, 6]]
print(*matrix)
print(*zip(*matrix))
def g(a, b, c=0, *rest, key=None):
    return a, b, c, rest, key
print(g(*[1, 2]), g(*[1, 2, 3, 4, 5], key="k"), g(*"xy", **{"key": "v"}))
print(g(1, *[2], *[3, 4]))
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**a, **{"p": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
print([*"hi", *{"k": 1}], max(*xs), min(*ys, 0))
