def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print("created, nothing run yet")
for x in g:
    print("got", x)
print(list(g), next(g, "exhausted"))
def multi():
    yield "a"
    yield "b"
    return
    yield "never"
print(list(multi()), tuple(multi()), "".join(multi()))
def empty():
    return
    yield
print(list(empty()), list(empty()) == [])
def only_yield():
    x = yield
    print("received", x)
g2 = only_yield()
print(next(g2))
try:
    g2.send("hello")
except StopIteration:
    print("finished after send")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
gen_a = count_up(1)
gen_b = count_up(1)
print(gen_a is gen_b, iter(gen_a) is gen_a)
def with_locals(x):
    y = x * 2
    yield y
    y += 1
    yield y
print(list(with_locals(5)))
