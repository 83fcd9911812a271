def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    print("outer start")
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(3)
    return "outer-result"
g = outer()
print(list(g))
def collect():
    r = yield from outer()
    yield r
print(list(collect()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), {4: "x"}, "56", range(7, 9))))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def delegate_empty():
    r = yield from []
    yield ("empty returned", r)
print(list(delegate_empty()))
def gen_returning(n):
    yield n
    return n * 100
def summing():
    total = 0
    for i in range(3):
        total += yield from gen_returning(i)
    yield total
print(list(summing()))
