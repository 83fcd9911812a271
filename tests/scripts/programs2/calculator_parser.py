class CalcError(Exception):
    """Base class for calculator errors."""


class TokenizeError(CalcError):
    pass


class ParseError(CalcError):
    pass


class EvalError(CalcError):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            num = text[start:i]
            if num.count(".") > 1:
                raise TokenizeError(f"bad number {num!r} at {start}")
            tokens.append(("NUM", float(num) if "." in num else int(num)))
        elif ch.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            tokens.append(("NAME", text[start:i]))
        elif ch in "+-*/%^()=,":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise TokenizeError(f"unexpected character {ch!r} at {i}")
    tokens.append(("EOF", None))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        kind, v = self.advance()
        if v != value:
            raise ParseError(f"expected {value!r} but found {v if kind != 'EOF' else 'end of input'!r}")

    def statement(self):
        if self.peek()[0] == "NAME" and self.tokens[self.pos + 1] == ("OP", "="):
            name = self.advance()[1]
            self.advance()
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        if self.peek()[0] != "EOF":
            raise ParseError(f"unexpected token {self.peek()[1]!r}")
        return value

    def expr(self):
        value = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.advance()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek() in (("OP", "*"), ("OP", "/"), ("OP", "%")):
            op = self.advance()[1]
            rhs = self.factor()
            if op in "/%" and rhs == 0:
                raise EvalError("division by zero")
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek() == ("OP", "^"):
            self.advance()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek() == ("OP", "-"):
            self.advance()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.advance()
        if kind == "NUM":
            return value
        if kind == "NAME":
            if self.peek() == ("OP", "("):
                self.advance()
                args = [self.expr()]
                while self.peek() == ("OP", ","):
                    self.advance()
                    args.append(self.expr())
                self.expect(")")
                funcs = {"max": max, "min": min, "abs": abs}
                if value not in funcs:
                    raise EvalError(f"unknown function {value}")
                return funcs[value](*args)
            try:
                return self.env[value]
            except KeyError:
                raise EvalError(f"undefined variable {value!r}") from None
        if value == "(":
            v = self.expr()
            self.expect(")")
            return v
        raise ParseError(f"unexpected {value if kind != 'EOF' else 'end of input'!r}")


env = {}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10 / 4", "x * 2",
             "y = x % 2 + max(1, 7, 3)", "y - -y", "7 / (3 - 3)", "1 +", "2 $ 3", "z + 1",
             "3.1.4", "abs(-5) * min(4, 2)", "foo(1)", "(1 + 2", "1 2", "100 % 7 % 3"]:
    try:
        print(f"{line:<28} => {Parser(tokenize(line), env).statement()}")
    except CalcError as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
