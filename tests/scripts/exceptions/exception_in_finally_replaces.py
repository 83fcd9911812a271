def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    f()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
except ValueError:
    print("never")
def g():
    try:
        return "value"
    finally:
        raise RuntimeError("finally raised over return")
try:
    print(g())
except RuntimeError as e:
    print(e, e.__context__)
def h():
    try:
        try:
            raise TypeError("t")
        finally:
            print("inner finally sees active exception")
    except TypeError as e:
        print("handled", e)
        return "h-done"
print(h())
def k():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "unreachable?"
try:
    print(k())
except ValueError as e:
    print("last iteration raised", e)
def m():
    try:
        raise ValueError("swallowed by break")
    finally:
        return "finally return wins"
print(m())
def n():
    while True:
        try:
            raise IndexError("dropped")
        finally:
            break
    return "break dropped exception"
print(n())
