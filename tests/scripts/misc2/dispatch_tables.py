class Calculator:
    def __init__(self):
        self.ops = {
            "+": self.add,
            "-": self.sub,
            "*": lambda a, b: a * b,
            "/": self.div,
        }
        self.history = []
    def add(self, a, b):
        return a + b
    def sub(self, a, b):
        return a - b
    def div(self, a, b):
        if b == 0:
            raise ZeroDivisionError("cannot divide by zero")
        return a / b
    def run(self, expr):
        a, op, b = expr.split()
        try:
            fn = self.ops[op]
        except KeyError:
            result = f"unknown operator {op!r}"
        else:
            try:
                result = fn(int(a), int(b))
            except ZeroDivisionError as e:
                result = f"error: {e}"
        self.history.append((expr, result))
        return result
calc = Calculator()
for e in ["1 + 2", "7 - 10", "6 * 7", "8 / 3", "1 / 0", "2 ^ 3"]:
    print(f"{e:>8} = {calc.run(e)}")
print(len(calc.history), calc.history[-1])
print(calc.ops["+"].__self__ is calc, calc.ops["+"].__name__)
handlers = {}
def on(event):
    def register(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return register
@on("start")
def greet(payload):
    return f"hello {payload}"
@on("start")
def log(payload):
    return f"log: start with {payload!r}"
@on("stop")
def bye(payload):
    return "bye"
def fire(event, payload=None):
    return [h(payload) for h in handlers.get(event, [])]
print(fire("start", "world"), fire("stop"), fire("unknown"))
print({k: [f.__name__ for f in v] for k, v in handlers.items()})
