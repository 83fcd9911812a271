# A keyword given twice in one call (or class statement) is a SyntaxError at compile time,
# not a TypeError at the call.
def f(*a, **k):
    return a, k

for src in ["f(k1=50, *(1,2), k1=100)", "f(a=1, a=2)", "f(a=1, **{}, a=2)", "f(a=1,\n  b=2, a=3)",
            "class C(metaclass=type, metaclass=type): pass", "f(a=1, b=2, **{'a': 3})"]:
    try:
        exec(src)
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except TypeError as e:
        print("TypeError", e)
