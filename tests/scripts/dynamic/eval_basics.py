# eval of expressions with explicit and implicit namespaces
x = 10
print(eval("x + 1"))
print(eval("x * y", {"x": 3, "y": 4}))
print(eval("x + y", {"x": 1}, {"y": 2}))
print(eval("  1 + 1"))
print(eval("\t[i * i for i in range(4)]"))
print(eval("(lambda a, b=2: a + b)(5)"))
print(eval("{'k': [1, 2, (3,)]}"))
print(eval("len('abc') + abs(-2)"))
print(eval("x if x > 5 else -x", {"x": 9}))
print(eval("1 +\\\n 2"))
print(eval("(1 +\n 2)"))
print(eval("1\n"))
print(eval("'a' 'b'"))

# a calculator on a dict namespace with no builtins
def calc(expr, env):
    return eval(expr, {"__builtins__": {}}, env)

env = {"a": 6, "b": 7, "pi": 3.5}
for e in ["a * b", "a - b * 2", "(a + b) / 2", "pi * 2", "a ** 2 % 5", "a // 4"]:
    print(e, "=", calc(e, env))
try:
    calc("len([1])", env)
except NameError as err:
    print("NameError:", err)
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}))

# locals are looked up before globals, comprehension bodies see only globals
g = {"k": 1, "n": 3}
print(eval("k + n", g, {"k": 100}))
print(eval("[k for _ in range(2)]", g, {"k": 100}))
try:
    eval("[z for _ in range(2)]", {}, {"z": 1})
except NameError as err:
    print("NameError:", err)

# a mapping as locals
class Lookup:
    def __getitem__(self, key):
        if key == "magic":
            return 42
        raise KeyError(key)

print(eval("magic + 1", {}, Lookup()))
try:
    eval("other", {}, Lookup())
except NameError as err:
    print("NameError:", err)

# eval returns the value, the namespace gains __builtins__
ns = {}
print(eval("3", ns), sorted(ns), type(ns["__builtins__"]).__name__)
print(eval(compile("2 ** 10", "<calc>", "eval")))
print(eval(compile("y = 5", "<s>", "exec"), ns), ns["y"])
