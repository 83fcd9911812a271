def nothing():
    return
def implicit():
    x = 1
def multiple():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
def branches(x):
    if x > 0:
        return "pos"
    if x < 0:
        return "neg"
print(nothing(), implicit(), multiple(), type(multiple()))
print([early(n) for n in [0, 1, 5, 10, 50, 100]])
print(branches(1), branches(-1), branches(0))
a, b, c = multiple()
print(a, b, c)
def returns_func():
    def inner():
        return "inner result"
    return inner
print(returns_func()(), callable(returns_func()), returns_func() is returns_func())
def loop_return():
    while True:
        return "out of while"
print(loop_return())
def return_in_for_else(items):
    for x in items:
        if x == 0:
            return "zero found"
    else:
        return "no zero"
print(return_in_for_else([1, 0]), return_in_for_else([1, 2]))
