# Tokenizer + recursive-descent parser for arithmetic, evaluation and
# constant folding with class patterns.

class Node:
    __match_args__ = ()

    def __init__(self, *args):
        for name, value in zip(self.__match_args__, args, strict=True):
            setattr(self, name, value)

    def __repr__(self):
        args = ", ".join(repr(getattr(self, a)) for a in self.__match_args__)
        return f"{type(self).__name__}({args})"

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

class Num(Node):
    __match_args__ = ("value",)

class Var(Node):
    __match_args__ = ("name",)

class UnaryOp(Node):
    __match_args__ = ("op", "operand")

class BinOp(Node):
    __match_args__ = ("op", "left", "right")

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch, j = src[i], i + 1
        if ch.isdigit() or ch == ".":
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
        elif ch.isalpha() or ch == "_":
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
        elif src.startswith("**", i):
            tokens.append(("OP", "**"))
            j = i + 2
        elif ch in "+-*/%()":
            tokens.append(("OP", ch))
        elif not ch.isspace():
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
        i = j
    tokens.append(("EOF", None))
    return tokens

class Parser:
    PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "**": 3}

    def __init__(self, src):
        self.tokens = tokenize(src)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        if (got := self.advance()[1]) != value:
            raise SyntaxError(f"expected {value!r}, got {got!r}")

    def parse(self):
        node = self.expression(0)
        if self.peek()[0] != "EOF":
            raise SyntaxError(f"trailing token {self.peek()[1]!r}")
        return node

    def expression(self, min_prec):
        left = self.unary()
        while True:
            kind, op = self.peek()
            prec = self.PRECEDENCE.get(op) if kind == "OP" else None
            if prec is None or prec < min_prec:
                return left
            self.advance()
            next_min = prec if op == "**" else prec + 1
            left = BinOp(op, left, self.expression(next_min))

    def unary(self):
        if self.peek() == ("OP", "-"):
            self.advance()
            return UnaryOp("-", self.unary())
        return self.primary()

    def primary(self):
        match self.advance():
            case ("NUM", value):
                return Num(value)
            case ("NAME", name):
                return Var(name)
            case ("OP", "("):
                node = self.expression(0)
                self.expect(")")
                return node
            case (_, tok):
                raise SyntaxError(f"unexpected token {tok!r}")

ARITH = {"/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}

def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=n) if n in env:
            return env[n]
        case Var(name):
            raise NameError(f"undefined variable {name!r}")
        case UnaryOp("-", operand):
            return -evaluate(operand, env)
        case BinOp(op="+", left=l, right=r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp(op="-", left=l, right=r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp(op, l, r) if op in ARITH:
            return ARITH[op](evaluate(l, env), evaluate(r, env))

def fold(node):
    match node:
        case BinOp(op, left, right):
            left, right = fold(left), fold(right)
            match (op, left, right):
                case (_, Num(a), Num(b)) if not (op in "/%" and b == 0):
                    return Num(evaluate(BinOp(op, left, right), {}))
                case ("+", Num(0), other) | ("+", other, Num(0)):
                    return other
                case ("*", Num(1), other) | ("*", other, Num(1)):
                    return other
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", a, b) if a == b:
                    return Num(0)
            return BinOp(op, left, right)
        case UnaryOp("-", operand):
            match fold(operand):
                case Num(v):
                    return Num(-v)
                case UnaryOp("-", inner):
                    return inner
                case other:
                    return UnaryOp("-", other)
        case _:
            return node

def pretty(node, parent_prec=0):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case UnaryOp(op, operand):
            return f"{op}{pretty(operand, 4)}"
        case BinOp(op, l, r):
            prec = Parser.PRECEDENCE[op]
            text = f"{pretty(l, prec)} {op} {pretty(r, prec + (op != '**'))}"
            return f"({text})" if prec < parent_prec else text

env = {"x": 3, "y": 4, "rate": 0.5}
sources = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x ** 2", "x * 0 + y * 1",
    "(x*x + y*y) ** 0.5", "x % y * (y - 1) / 2", "10 / 4 + 10 % 4",
    "(x - x) + 2 * (3 + 4) * rate", "--y + 0", "-(-7) * (x + 1 - 1)",
    "1 / 0", "z + 1", "x, y", "3 +", "(1 + 2", "2 $ 3",
]
for src in sources:
    print(f"source : {src}")
    try:
        tree = Parser(src).parse()
    except SyntaxError as e:
        print(f"  SyntaxError: {e}")
        continue
    print(f"  tree  : {tree!r}")
    folded = fold(tree)
    print(f"  folded: {pretty(folded)}   (changed={folded != tree})")
    try:
        value = evaluate(tree, env)
        assert value == evaluate(folded, env)
        print(f"  value : {value!r}")
    except (ZeroDivisionError, NameError) as e:
        print(f"  {type(e).__name__}: {e}")
try:
    BinOp("+", Num(1))
except ValueError as e:
    print("ValueError:", e)
print(Num(1) == Num(1), BinOp("+", Num(1), Var("a")) == BinOp("+", Num(1), Var("a")), Num(1) == Var(1))
