def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("got None")
            continue
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5), next(acc), acc.send(-3))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x == "stop":
            return received
        received.append(x)
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print("returned", s.value)
fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print("TypeError:", err)
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
av = averager()
next(av)
print([av.send(x) for x in [10, 20, 30, 5]])
def two_way():
    a = yield "first"
    b = yield f"got {a}"
    yield f"then {b}"
t = two_way()
print(next(t), t.send(1), t.send(2), next(t, "end"))
def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
