# An expression evaluator over dataclass-like node classes with __match_args__.

class Node:
    __match_args__ = ()

    def __init__(self, *args):
        for name, value in zip(self.__match_args__, args):
            setattr(self, name, value)

    def __repr__(self):
        fields = ", ".join(repr(getattr(self, n)) for n in self.__match_args__)
        return f"{type(self).__name__}({fields})"


class Num(Node):
    __match_args__ = ("value",)


class Var(Node):
    __match_args__ = ("name",)


class BinOp(Node):
    __match_args__ = ("op", "left", "right")


class Neg(Node):
    __match_args__ = ("operand",)


class Let(Node):
    __match_args__ = ("name", "value", "body")


def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name):
            match env:
                case {**bindings} if name in bindings:
                    return bindings[name]
                case _:
                    raise NameError(f"unbound variable {name}")
        case Neg(Num(v)):
            return -v
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case BinOp("-", left, right):
            return evaluate(left, env) - evaluate(right, env)
        case BinOp("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case BinOp("/", left, Num(0)):
            raise ZeroDivisionError("literal division by zero")
        case BinOp("/", left, right):
            return evaluate(left, env) / evaluate(right, env)
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")
        case _:
            raise TypeError(f"not a node: {node!r}")


def simplify(node):
    match node:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, left, right):
            return BinOp(op, simplify(left), simplify(right))
        case Neg(Neg(x)):
            return simplify(x)
        case Neg(x):
            return Neg(simplify(x))
        case Let(n, v, b):
            return Let(n, simplify(v), simplify(b))
        case other:
            return other


def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Let(n, v, b):
            return f"(let {n} = {show(v)} in {show(b)})"


exprs = [
    BinOp("+", Num(1), BinOp("*", Num(2), Num(3))),
    Let("x", Num(5), BinOp("*", Var("x"), Var("x"))),
    BinOp("+", Num(0), BinOp("*", Num(1), Var("y"))),
    Neg(Neg(BinOp("-", Num(10), Num(4)))),
    BinOp("/", Num(7), Num(2)),
    BinOp("*", BinOp("+", Var("y"), Num(0)), Num(0)),
    BinOp("/", Num(1), Num(0)),
    BinOp("%", Num(1), Num(2)),
    Var("z"),
    Neg(Num(3)),
]
for e in exprs:
    s = simplify(e)
    try:
        result = evaluate(s, {"y": 10})
    except (ZeroDivisionError, ValueError, NameError) as err:
        result = f"{type(err).__name__}: {err}"
    print(show(e), "=>", show(s), "=>", result)

try:
    evaluate("1 + 1", {})
except TypeError as err:
    print("TypeError:", err)


# Tokens as tuples, parsed with sequence patterns.
def parse(tokens):
    match tokens:
        case [("num", n)]:
            return Num(n)
        case [("name", n)]:
            return Var(n)
        case [*left, ("op", "+" | "-" as op), *right] if left and right:
            return BinOp(op, parse(left), parse(right))
        case [("op", "-"), *rest]:
            return Neg(parse(rest))
        case _:
            raise SyntaxError(f"cannot parse {tokens}")


toks = [("num", 1), ("op", "+"), ("name", "y"), ("op", "-"), ("num", 3)]
tree = parse(toks)
print(tree)
print(show(tree), "=", evaluate(tree, {"y": 4}))
