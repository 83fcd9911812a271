c = compile("a * 2", "<calc>", "eval")
print(type(c).__name__, c.co_name, c.co_filename)
print(eval(c, {"a": 21}), eval(c, {"a": "x"}))
m = compile("q = 1\nr = q + 1\n", "mod.py", "exec")
ns = {}
print(exec(m, ns), ns["q"], ns["r"])
ns2 = {}
exec(m, ns2)
print(ns2["r"])
s = compile("1 + 1", "<s>", "single")
exec(s)
exec(compile("None", "<s>", "single"))
exec(compile("for i in range(3): i * 10\n", "<s>", "single"))
exec(compile("x = 5; x", "<s>", "single"), {})
print(compile("pass", "f", "exec", 0, True).co_filename)
print(compile(source="1", filename="kw", mode="eval").co_filename)
try:
    compile("1", "f", "bad")
except ValueError as e:
    print("ValueError:", e)
try:
    compile(5, "f", "exec")
except TypeError as e:
    print("TypeError:", e)
try:
    compile("a\nb", "fn.py", "single")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    compile("1 +", "fn.py", "exec")
except SyntaxError as e:
    print("SyntaxError:", e, e.filename, e.lineno, e.msg)
try:
    compile("x")
except TypeError as e:
    print("TypeError:", e)
def f():
    return 1
print(f.__code__.co_name, f.__code__.co_filename == c.co_filename)
for src in ["for i in range(3): i", "", "\n", "# comment", "if 1:\n  7"]:
    try:
        exec(compile(src, "<s>", "single"))
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), e.args)
