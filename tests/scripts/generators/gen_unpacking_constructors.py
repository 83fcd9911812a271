def gen(n):
    for i in range(n):
        yield i
a, b, c = gen(3)
print(a, b, c)
first, *middle, last = gen(6)
print(first, middle, last)
*init, = gen(3)
print(init)
print([*gen(3), *gen(2)], (*gen(2),), {*gen(3)})
print(list(gen(4)), tuple(gen(2)), set(gen(3)) == {0, 1, 2}, frozenset(gen(2)) == {0, 1})
print(dict((i, i * i) for i in gen(4)), dict(zip(gen(3), "abc")))
print(sorted(gen(4), reverse=True), sum(gen(5)), min(gen(3)), max(gen(3)), len(list(gen(7))))
print(" ".join(str(x) for x in gen(5)), "".join(map(str, gen(3))))
print(any(gen(2)), all(gen(2)), any(gen(0)), all(gen(0)))
def pairs():
    yield "a", 1
    yield "b", 2
print(dict(pairs()), [k for k, _ in pairs()], [v for _, v in pairs()])
for k, v in pairs():
    print(k, v)
def f(*args):
    return args
print(f(*gen(3)), f(*gen(0)), f(1, *gen(2), 9))
try:
    x, y = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z, w = gen(3)
except ValueError as e:
    print("ValueError:", e)
l = [0, 0, 0, 0]
l[1:3] = gen(5)
print(l)
s = "-".join(c.upper() for c in "abc")
print(s, list(enumerate(gen(2))), list(reversed(list(gen(3)))))
