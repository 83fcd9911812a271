# A class body that binds a name a method takes from the enclosing function still passes the
# enclosing cell through (CPython's DEF_FREE_CLASS); the class namespace keeps its own value.
def make():
    method_and_var = "var"
    class Test:
        def method_and_var(self):
            return "method"
        def test(self):
            return method_and_var
    return Test()

t = make()
print(t.test(), t.method_and_var())


def with_global(x):
    class Foo:
        global x
        def __call__(self, y):
            return x + y
    return Foo()

x = 0
print(with_global(6)(2))
x = -1
print(with_global(3)(2))


def shadow():
    v = 1
    class C:
        v = 2
        w = v
        def get(self):
            return v
    return C.w, C().get(), C.v

print(shadow())

# `global y` in a nested function makes module-level `y` a true global, even under exec with
# separate locals.
g_ns = {}
l_ns = {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    r = (g(), h())
    """, g_ns, l_ns)
print(sorted(k for k in g_ns if k != "__builtins__"), sorted(l_ns))
print(l_ns["r"])

# f(*a or b): the starred call argument is a full expression.
def d01(*a):
    return a
print(d01(*[] or [2]), d01(*[1] and [3, 4]), d01(0, *None or (5,)))
print(d01(*[1] if False else [7]))
