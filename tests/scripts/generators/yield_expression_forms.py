def g1():
    x = (yield 1) + 10
    print("x =", x)
    y = yield x * 2
    print("y =", y)
    z = [(yield "a"), (yield "b")]
    print("z =", z)
    print("printed:", (yield "p"))
    return "done"
g = g1()
print(next(g))
print(g.send(5))
print(g.send("Y"))
print(g.send(1))
print(g.send(2))
try:
    g.send("last")
except StopIteration as e:
    print("stop:", e.value)
def g2():
    d = {}
    d["k"] = yield "need k"
    d[(yield "need key")] = yield "need value"
    yield d
h = g2()
print(next(h), h.send(1), h.send("key2"), h.send("val2"))
def g3():
    total = 0
    while (x := (yield total)) is not None:
        total += x
    yield f"final {total}"
t = g3()
print(next(t), t.send(3), t.send(4), t.send(None))
def g4():
    result = yield
    yield result is None
q = g4()
next(q)
print(next(q))
def g5(items):
    for item in items:
        cmd = yield item
        while cmd == "again":
            cmd = yield item
r = g5("ab")
print(next(r), r.send("again"), r.send("again"), r.send(None), next(r, "end"))
def g6():
    yield (yield (yield 1))
s = g6()
print(next(s), s.send("two"), s.send("three"), next(s, "exhausted"))
