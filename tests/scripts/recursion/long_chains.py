# Long right-nested chains CPython compiles: conditional expressions, nested lambda
# defaults and right-deep powers, with their evaluation order.

def run(src, name):
    ns = {}
    exec(src, ns)
    return ns[name]

n = 1000
print(run("c = 0\nx = 1\ny = " + "x if c else " * n + "7\n", "y"))
print(run("c = 1\nx = 1\ny = " + "x if c else " * n + "7\n", "y"))
f = run("f = " + "lambda x=" * 500 + "3" + ": x" * 500 + "\n", "f")
g = f()
for i in range(498):
    g = g()
print(g())
print(run("def f():\n    x = 1\n    return " + "x ** " * n + "2\ny = f()\n", "y"))
print(run("y = " + "1 ** " * n + "5\n", "y"))

# Evaluation order is Python's: left operand first, then the right.
log = []

class P:
    def __init__(self, name):
        self.name = name
    def __pow__(self, other):
        log.append(("pow", self.name, other))
        return 2
    def __rpow__(self, other):
        log.append(("rpow", self.name, other))
        return 3

def h(a, b):
    return a ** 3 ** b ** 2

print(h(P("a"), P("b")), log)

def k(x):
    return 2 ** x ** 2 ** x

print(k(1), k(2))

def side(v, tag):
    log.append(tag)
    return v

log.clear()
c = 0
r = side(1, "t1") if side(c, "c1") else side(2, "t2") if side(1, "c2") else side(3, "t3")
print(r, log)

def m():
    u = 5
    v = (u if u > 10 else u + 1 if u > 4 else u - 1)
    return v, (lambda q=lambda r=u: r * 2: q())()

print(m())

try:
    def bad():
        x ** (1 / 0)
        x = 2
    bad()
except Exception as e:
    print(type(e).__name__, e)
