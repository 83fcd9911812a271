e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err) + " | saved=" + repr(saved)
print(f())
for i in range(2):
    try:
        raise KeyError(i)
    except KeyError as k:
        last = k
try:
    k
    print("k still bound")
except NameError:
    print(repr(last), "k unbound")
def g():
    err = "before"
    try:
        pass
    except Exception as err:
        pass
    return err
print(g())
