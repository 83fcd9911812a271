def g(n):
    print("  enter")
    try:
        for i in range(n):
            try:
                yield i
            finally:
                print("  inner finally", i)
        return "ret"
    finally:
        print("  outer finally")
print("full run:", list(g(2)))
x = g(3)
print("first", next(x))
print("close ->", x.close())
y = g(1)
print(next(y))
try:
    next(y)
except StopIteration as e:
    print("stop value", e.value)
def early_return(flag):
    try:
        yield "start"
        if flag:
            return "early"
        yield "middle"
    finally:
        print("  cleanup flag =", flag)
    yield "unreachable when early"
print(list(early_return(True)))
print(list(early_return(False)))
def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
r = raises_in_finally()
next(r)
try:
    r.close()
except ValueError as e:
    print("close raised", e)
def with_except():
    try:
        yield "a"
        raise KeyError("inside")
    except KeyError as e:
        yield f"handled {e}"
    finally:
        yield "finally-yield"
print(list(with_except()))
