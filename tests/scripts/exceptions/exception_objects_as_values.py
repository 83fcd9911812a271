def attempt(f, *args):
    try:
        return f(*args), None
    except Exception as e:
        return None, e
results = [attempt(int, "5"), attempt(int, "q"), attempt(lambda: [][0]), attempt(dict, 5)]
for val, err in results:
    print(val, type(err).__name__, repr(err) if err else "-")
errors = [err for _, err in results if err is not None]
print(len(errors), [isinstance(e, ValueError) for e in errors])
print(errors[0] == errors[0], ValueError("a") == ValueError("a"), errors[0].args)
saved = errors[1]
try:
    raise saved
except IndexError as e:
    print("re-raised saved:", e is saved)
excs = {ValueError: "bad value", KeyError: "missing", TypeError: "wrong type"}
def explain(e):
    for cls in type(e).__mro__:
        if cls in excs:
            return excs[cls]
    return "unknown"
print([explain(e) for e in [ValueError(), KeyError(), UnicodeError(), IndexError()]])
classes = [ValueError, KeyError, ZeroDivisionError]
for cls in classes:
    try:
        raise cls("made from class in list")
    except tuple(classes) as e:
        print(type(e).__name__, e)
e = ValueError("first", "second")
print(e.args[0], e.args[1:], len(e.args))
print(str(ValueError("x")) == "x", bool(Exception()), bool(Exception("")))
