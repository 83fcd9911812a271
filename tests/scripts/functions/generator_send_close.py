def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))

def echo():
    total = 0
    while True:
        got = yield total
        if got is None:
            return "done:" + str(total)
        total += got

g = echo()
print(next(g), g.send(5), g.send(10), g.send(1))
try:
    g.send(None)
except StopIteration as e:
    print("stopped", e.value, e.args)
attempt(lambda: g.send(1))
attempt(lambda: echo().send(1))
h = echo()
print(h.send(None), h.send(2))

def plain():
    yield 1
    yield 2

def returns_none():
    yield 1

p = plain()
print(next(p))
print(p.close(), list(p))
q = plain()
print(q.close(), list(q))
r = returns_none()
next(r)
try:
    r.send("x")
except StopIteration as e:
    print("stop args", e.args, e.value)
t = plain()
next(t)
attempt(lambda: t.throw(ValueError("boom")))
print(list(t))
u = plain()
attempt(lambda: u.throw(KeyError, "k"))
print(list(u))
attempt(lambda: plain().throw(1))
attempt(lambda: plain().send())
attempt(lambda: plain().close(1))
attempt(lambda: plain().throw())
e = ValueError("x")
print(e.with_traceback(None) is e)
attempt(lambda: e.with_traceback())
