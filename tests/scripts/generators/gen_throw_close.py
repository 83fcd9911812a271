def worker():
    try:
        while True:
            try:
                x = yield
                print("processing", x)
            except ValueError as e:
                print("worker recovered from", repr(e))
    finally:
        print("worker cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad input"))
w.send(2)
w.close()
print("closed; send after close:")
try:
    w.send(3)
except StopIteration:
    print("StopIteration")
def no_handler():
    yield 1
    yield 2
g = no_handler()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("throw propagated", repr(e))
print(next(g, "gen is dead"))
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
c.close()
print("double close fine")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def yields_after_throw():
    while True:
        try:
            yield "normal"
        except TypeError:
            yield "recovered"
y = yields_after_throw()
print(next(y), y.throw(TypeError), next(y), next(y))
unstarted = no_handler()
unstarted.close()
print(next(unstarted, "closed before start"))
u2 = no_handler()
try:
    u2.throw(IndexError("early"))
except IndexError as e:
    print("throw into unstarted:", repr(e))
