# errors of eval/exec/compile with CPython's messages
def show(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: eval("x = 1"))
show(lambda: eval("1; 2"))
show(lambda: eval("if x: pass"))
show(lambda: eval("1\n2"))
show(lambda: eval(""))
show(lambda: eval("def f(:"))
show(lambda: exec("1 +"))
show(lambda: exec("  x = 1"))
show(lambda: exec("for x in y:\nprint(x)"))
show(lambda: eval(5))
show(lambda: exec(5))
show(lambda: exec("1", []))
show(lambda: eval("1", []))
show(lambda: eval("1", {}, 5))
show(lambda: exec("1", {}, 5))
show(lambda: eval("undefined_name"))
show(lambda: exec("return 1"))
show(lambda: exec("break"))
show(lambda: eval())
show(lambda: exec("1", {}, {}, {}))
try:
    eval("x = 1")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    exec("a b")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
exec("y = (1 +\n 2) * 3")
print(y)
eval("1 +")
