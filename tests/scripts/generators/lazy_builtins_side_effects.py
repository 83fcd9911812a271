def src(name, n):
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i
def noisy(x):
    print(f"  f({x})")
    return x * 2
m = map(noisy, src("m", 3))
print("map created")
print(next(m))
print(list(m))
f = filter(lambda x: print(f"  test {x}") or x % 2, src("f", 4))
print("filter created")
print(list(f))
e = enumerate(src("e", 2), start=10)
print("enumerate created")
for pair in e:
    print(pair)
z = zip(src("a", 3), src("b", 2))
print("zip created")
print(list(z))
print("--- zip consumed one extra from the first iterator")
a = iter([1, 2, 3, 4])
b = iter("xy")
print(list(zip(a, b)), list(a))
print("--- map with two iterables")
print(list(map(lambda p, q: p + q, src("p", 3), src("q", 2))))
print("--- nested")
pipeline = map(noisy, filter(lambda x: x > 0, src("n", 3)))
print(next(pipeline))
print(sum(pipeline))
r = reversed([1, 2, 3])
print(next(r), list(r))
print(list(zip()), list(zip([1, 2])), list(enumerate([])))
