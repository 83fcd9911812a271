# locals() and vars() inside functions: CPython 3.11 snapshot semantics
def f(a, b=2, *args, **kw):
    c = a + b
    l = locals()
    print(sorted(l))
    l["c"] = 100
    print(c)
    print(locals()["c"])
    print(locals() is l)
    l["extra"] = 1
    print("extra" in locals())
    return vars() is l

print(f(1))

def unbound():
    x = 1
    del x
    return locals()

print(unbound())

def with_cell():
    v = 1
    def g():
        return v
    return sorted(locals())

print(with_cell())

def free_var():
    w = 5
    def g():
        return sorted(locals().items())
    return g()

print(free_var())

class C:
    a = 1
    b = a + 1
    names = sorted(locals())
    snap = dir()

print(C.names)
print(C.snap)

print(locals() is globals())
print(vars() is globals())

def scope():
    z = 1
    y = 2
    return dir()

print(scope())

class Obj:
    def __init__(self):
        self.p = 1
        self.q = 2

print(vars(Obj()))
print(vars(Obj)["__init__"].__name__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError:", e)
top = dir()
print("top" not in top, "f" in top, "Obj" in top, top == sorted(top))
