# Where captured names go: locals, cells, globals, class namespaces; control flow in cases.

def local_capture(v):
    match v:
        case [x, y]:
            pass
        case _:
            x = y = None
    return x, y


print(local_capture([1, 2]), local_capture(5))


def unbound_after_failed_match(v):
    match v:
        case [x]:
            pass
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(unbound_after_failed_match([1]), unbound_after_failed_match(1))


def closure_capture(v):
    match v:
        case {"f": f, "n": n}:
            def call():
                return f(n)
            return call()


print(closure_capture({"f": abs, "n": -3}))

counter = 0


def global_capture(v):
    global counter
    match v:
        case int(counter):
            pass
    return counter


print(global_capture(41), counter)

match [10, 20]:
    case [module_a, module_b]:
        pass
print("module level", module_a, module_b)


class Config:
    match {"debug": True}:
        case {"debug": debug}:
            level = "verbose" if debug else "quiet"


print(Config.debug, Config.level)


# return, break and continue inside cases; match inside loops and generators.
def first_even(values):
    for v in values:
        match v:
            case int() if v % 2:
                continue
            case int():
                return v
            case "stop":
                break
    return None


print(first_even([1, 3, 4, 5]), first_even([1, "stop", 2]), first_even([]))


def tokens(text):
    for word in text.split():
        match word:
            case "+" | "-" | "*" as op:
                yield ("op", op)
            case w if w.isdigit():
                yield ("num", int(w))
            case w:
                yield ("name", w)


print(list(tokens("x + 12 * y - 3")))

# try/finally and with around and inside cases.
def guarded(v):
    try:
        match v:
            case 0:
                raise ZeroDivisionError("zero")
            case n:
                try:
                    return 10 // n
                finally:
                    print("  inner finally", n)
    except ZeroDivisionError as e:
        return f"caught {e}"
    finally:
        print("  outer finally", v)


print(guarded(5))
print(guarded(0))

# Nested match statements.
def classify(pair):
    match pair:
        case (a, b):
            match a, b:
                case (0, 0):
                    return "both zero"
                case (0, _) | (_, 0):
                    return "one zero"
                case _:
                    return "no zero"
        case _:
            return "not a pair"


print([classify(p) for p in [(0, 0), (0, 1), (2, 3), 7]])

# A comprehension can call a function that matches.
def sign(n):
    match n:
        case 0:
            return 0
        case n if n > 0:
            return 1
        case _:
            return -1


print([sign(n) for n in range(-2, 3)])

# Lambdas and defaults capture match results.
funcs = []
for spec in [("add", 1), ("mul", 3), ("neg",)]:
    match spec:
        case ("add", k):
            funcs.append(lambda x, k=k: x + k)
        case ("mul", k):
            funcs.append(lambda x, k=k: x * k)
        case ("neg",):
            funcs.append(lambda x: -x)
print([f(10) for f in funcs])
