# Splitting a very deep group fails with CPython's RecursionError, never a crash.
eg = ValueError(0)
for i in range(5000):
    eg = ExceptionGroup("x", [eg, TypeError(i)])
try:
    eg.split(TypeError)
except RecursionError as e:
    print("RecursionError", e)
try:
    try:
        raise eg
    except* TypeError:
        pass
except RecursionError as e:
    print("RecursionError", e)
except ExceptionGroup as e:
    print("EG")
print("done")
