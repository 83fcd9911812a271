# The module namespace CPython's __main__ starts with (the entries pyrite does not model, the
# loader object and the file names, left out).
hidden = ("__builtins__", "__file__", "__cached__", "__loader__")
print([n for n in dir() if n not in hidden])
print([n for n in globals() if n not in hidden])
print(__name__, __doc__, __package__, __spec__, __annotations__)
x: int = 5
print(__annotations__)
def f():
    return [n for n in dir()]
print(f())
class K:
    print(sorted(n for n in dir()))
print(eval("__name__"), eval("__name__", {}))
ns = {}
exec("class Q: pass", ns)
print(ns["Q"].__module__)
exec("def g(): return __name__", ns)
print(ns["g"]())
