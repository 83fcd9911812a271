def f1():
    try:
        return "try"
    finally:
        return "finally"
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f3():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
def f4():
    items = []
    try:
        return items
    finally:
        items.append("mutated")
def f5():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
def f6():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"
def f7():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after break"
print(f1(), f2(), f3(), f4(), f5(), f6(), f7())
def counter():
    n = 0
    def g():
        nonlocal n
        try:
            n += 1
            return n
        finally:
            n += 10
    return g, lambda: n
g, peek = counter()
print(g(), peek(), g(), peek())
