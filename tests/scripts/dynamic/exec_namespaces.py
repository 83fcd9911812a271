# exec defines into the namespace it is given
ns = {}
src = """
k = 3
def scale(a):
    return a * k

class Point:
    dims = k
    def __init__(self, x):
        self.x = scale(x)
    def __repr__(self):
        return f"Point({self.x})"

result = [scale(i) for i in range(3)]
"""
print(exec(src, ns))
print(sorted(name for name in ns if name != "__builtins__"))
print(ns["scale"](5), ns["Point"](2), ns["Point"].dims, ns["result"])
print(ns["scale"].__globals__ is ns)
print(ns["Point"].__module__)
ns["k"] = 10
print(ns["scale"](5))

# separate locals: assignments go to locals, functions see the globals
g = {"base": 1}
l = {}
exec("a = base + 1\ndef f():\n    return base\nb = f()", g, l)
print(sorted(l), l["a"], l["b"], sorted(k for k in g if k != "__builtins__"))

# global statement inside exec'd code writes the globals
g2 = {}
l2 = {}
exec("global gv\ngv = 1\nlv = 2", g2, l2)
print(g2["gv"], l2)

# exec in a function without namespaces: writes land in the locals snapshot only
def inner():
    v = 1
    exec("v = 2; w = 3")
    return v, "w" in locals(), locals().get("w")
print(inner())

# exec of module-level code sees and changes the module's globals
counter = 0
exec("counter += 5")
print(counter)
exec("def made_by_exec(): return 'made'")
print(made_by_exec())

# recursion in exec'd code is bounded as any code is
deep = {}
exec("def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n", deep)
print(deep["down"](200))

# __builtins__ added when missing, kept when present
d1 = {}
exec("pass", d1)
print("__builtins__" in d1, d1["__builtins__"] is d1.get("__builtins__"))
d2 = {"__builtins__": {"print": print}}
exec("print('restricted print')", d2)
try:
    exec("len([])", d2)
except NameError as e:
    print("NameError:", e)

# exceptions propagate out of exec
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print("caught", e)
try:
    exec("raise ValueError('from exec')", {})
except ValueError as e:
    print("caught", e)
