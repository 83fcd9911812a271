# A calculator REPL driven by eval/exec with a restricted namespace.


def sqrt(x):
    if x < 0:
        raise ValueError("math domain error")
    guess = x / 2 or 1.0
    for _ in range(60):
        guess = (guess + x / guess) / 2
    return guess


def factorial(n):
    if not isinstance(n, int) or n < 0:
        raise ValueError(f"factorial() needs a non-negative int, got {n!r}")
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def mean(*values):
    return sum(values) / len(values)


SAFE_FUNCS = {
    "abs": abs, "round": round, "min": min, "max": max, "sum": sum, "len": len,
    "sqrt": sqrt, "factorial": factorial, "gcd": gcd, "mean": mean,
    "int": int, "float": float, "range": range, "list": list,
}


class Calculator:
    def __init__(self):
        self.namespace = dict(SAFE_FUNCS)
        self.namespace.update(pi=3.141592653589793, e=2.718281828459045)
        self.globals = {"__builtins__": {}}
        self.results = []

    def user_vars(self):
        return {k: v for k, v in self.namespace.items()
                if k not in SAFE_FUNCS and k not in ("pi", "e") and not k.startswith("_")}

    def is_assignment(self, line):
        head, sep, _ = line.partition("=")
        return bool(sep) and head.strip().isidentifier() and not line.startswith("==") \
            and "==" not in line and not head.rstrip().endswith(("<", ">", "!"))

    def execute(self, line):
        line = line.strip()
        if self.is_assignment(line) or line.startswith("def ") or ";" in line:
            exec(line, self.globals, self.namespace)
            return None
        value = eval(line, self.globals, self.namespace)
        self.results.append(value)
        self.namespace["_"] = value
        return value


calc = Calculator()
session = [
    "1 + 2 * 3",
    "2 ** 100",
    "7 / 2",
    "7 // 2",
    "-7 // 2",
    "-7 % 3",
    "x = 10",
    "y = x * 2 + 1",
    "x + y",
    "_ * 2",
    "sqrt(2)",
    "round(sqrt(2), 6)",
    "factorial(20)",
    "gcd(462, 1071)",
    "mean(1, 2, 3, 4)",
    "[i * i for i in range(6)]",
    "sum(i for i in range(101))",
    "max(x, y, key=lambda v: -v)",
    "z = [1, 2, 3]; w = len(z)",
    "w, z",
    "1 / 0",
    "undefined_var + 1",
    "3 +* 4",
    "sqrt(-1)",
    "factorial(2.5)",
    "open('/etc/passwd')",
    "__import__('os')",
    "x == 10",
    "x >= 10 and y != 3",
    "pi * 2",
    "round(e, 3)",
    "int('ff', 16) + float('1.5')",
    "'abc' * 2",
    "{'a': x, 'b': y}",
    "(1, 2.5, 'three', None, True)",
    "1e300 * 1e10",
    "0.1 + 0.2",
    "divmod(7, 2)",
    "rate = 0.07",
    "round(1000 * (1 + rate) ** 10, 2)",
]

for line in session:
    try:
        value = calc.execute(line)
    except SyntaxError as exc:
        print(f">>> {line}\n  SyntaxError: {exc.msg}")
        continue
    except NameError as exc:
        print(f">>> {line}\n  NameError: {exc}")
        continue
    except ZeroDivisionError as exc:
        print(f">>> {line}\n  ZeroDivisionError: {exc}")
        continue
    except (ValueError, TypeError) as exc:
        print(f">>> {line}\n  {type(exc).__name__}: {exc}")
        continue
    print(f">>> {line}")
    if value is not None:
        print("  " + repr(value))

print("user variables:", calc.user_vars())
print("results recorded:", len(calc.results))
print("builtins blocked:", calc.globals["__builtins__"] == {})
print("int results:", [r for r in calc.results if type(r) is int])

# eval with explicit local mapping: locals shadow globals
g = {"__builtins__": {}, "a": 1, "b": 2}
l = {"a": 100}
print("shadowing:", eval("a + b", g, l))
exec("c = a * b", g, l)
print("exec stored c in locals:", l["c"], "in globals:", "c" in g)
exec("def double(v):\n    return v * 2", g, l)
print("defined function:", l["double"](21), l["double"].__name__)
code = compile("a - b", "<calc>", "eval")
print("compiled eval:", eval(code, g), eval(code, g, l))
