# Source nested far past every limit: each compile ends with the error CPython 3.11 gives
# (the tokenizer's bracket limit, the parser's MemoryError, the compiler's RecursionError),
# and source nested up to those limits compiles.
N = 100_000

cases = [
    ("parentheses", "(" * N + "x" + ")" * N),
    ("brackets", "[" * N + "]" * N),
    ("braces", "{" * N + "}" * N),
    ("calls", "f(" * N + ")" * N),
    ("not", "not " * N + "x"),
    ("minus", "- " * N + "x"),
    ("invert", "~" * N + "x"),
    ("plus", "+" * N + "x"),
    ("lambda", "lambda: " * N + "x"),
    ("conditional", "a if b else " * N + "a"),
    ("power", "x" + " ** x" * N),
    ("sum", "x" + " + x" * 1_000_000),
    ("subscripts", "x" + "[0]" * N),
    ("call chain", "f" + "()" * N),
    ("attributes", "a" + ".b" * N),
    ("and chain", "x" + " and x" * N),
    ("comparison chain", "x" + " < x" * N),
    ("walrus", "(a := " * N + "1" + ")" * N),
    ("indentation", "".join(" " * i + "if x:\n" for i in range(3000)) + " " * 3000 + "pass\n"),
    ("f-string specs", "f'{x:{x:{x}}}'"),
    ("annotation", "from __future__ import annotations\nx: " + "a" + " + a" * N),
    ("lambda defaults", "lambda x=" * N + "1"),
]
for name, src in cases:
    try:
        compile(src, "<deep>", "exec")
        print(name, "compiles")
    except SyntaxError as e:
        print(name, type(e).__name__, e.msg)
    except (MemoryError, RecursionError) as e:
        print(name, type(e).__name__, e)

# Up to the limits, nesting compiles and runs.
x = 2
print(eval("(" * 150 + "x" + ")" * 150))
print(eval("-" * 500 + "x"))
print(eval("not " * 501 + "x"))
print(eval("x" + " + x" * 2000))
print(eval("lambda: " * 300 + "x")() is not None)
print(eval("[" * 150 + "x" + "]" * 150)[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0])
