def parse(tokens):
    pos = [0]
    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else None
    def take():
        pos[0] += 1
        return tokens[pos[0] - 1]
    def atom():
        t = take()
        if t == "(":
            v = expr()
            take()
            return v
        if t == "-":
            return -atom()
        return int(t)
    def power():
        base = atom()
        if peek() == "^":
            take()
            return base ** power()
        return base
    def term():
        v = power()
        while peek() in ("*", "/", "%"):
            op = take()
            r = power()
            v = v * r if op == "*" else v // r if op == "/" else v % r
        return v
    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = take()
            v = v + term() if op == "+" else v - term()
        return v
    return expr()
def lex(s):
    out, num = [], ""
    for c in s + " ":
        if c.isdigit():
            num += c
            continue
        if num:
            out.append(num)
            num = ""
        if c in "+-*/%^()":
            out.append(c)
    return out
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-7 / 2", "100 % 7 - -3", "2 ^ 100", "((4))", "10 - 2 - 3"]:
    print(f"{e:<14} = {parse(lex(e))}")
