def sub():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def main():
    result = yield from sub()
    print("sub finished with", result)
    result2 = yield from sub()
    print("second sub finished with", result2)
    yield "main done"
m = main()
print(next(m), m.send(5), m.send(6))
print(m.send(None))
print(m.send(100))
print(m.send(None))
def catcher():
    try:
        yield "c1"
        yield "c2"
    except KeyError as e:
        print("catcher got", repr(e))
        yield "after-catch"
    finally:
        print("catcher finally")
def passthrough():
    yield from catcher()
    yield "tail"
p = passthrough()
print(next(p))
print(p.throw(KeyError("thrown")))
print(next(p))
print(next(p, "end"))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def wrapper():
    try:
        yield from closer()
    finally:
        print("wrapper closed")
w = wrapper()
next(w)
w.close()
def uncaught():
    yield from catcher()
u = uncaught()
next(u)
try:
    u.throw(ValueError("not handled"))
except ValueError as e:
    print("propagated out:", e)
