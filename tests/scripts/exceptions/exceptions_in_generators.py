def gen():
    yield 1
    raise ValueError("from generator")
    yield 2
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))
def guarded(items):
    for x in items:
        try:
            yield 10 / x
        except ZeroDivisionError:
            yield "div0"
print(list(guarded([1, 0, 4])))
def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("gen finally ran")
wf = with_finally()
for v in wf:
    print("got", v)
    break
print("after break")
wf.close()
print("after close")
def consumer():
    total = 0
    while True:
        try:
            x = yield total
        except KeyError as e:
            print("gen handled", repr(e))
            total = -1
        else:
            total += x
c = consumer()
next(c)
print(c.send(5), c.send(6), c.throw(KeyError("k")), c.send(1))
def failing():
    yield 1
    1 / 0
try:
    print(list(failing()))
except ZeroDivisionError as e:
    print("list() propagated", e)
try:
    for x in failing():
        print("loop", x)
except ZeroDivisionError:
    print("for loop propagated")
print(sum(x for x in guarded([2, 5]) if isinstance(x, float)))
