# split/rsplit: keyword arguments, maxsplit edge cases, Unicode whitespace.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "  a,b,,c  d\te\u3000f\x1cg  "
print(s.split())
print(s.rsplit())
print(s.split(None, 2), s.rsplit(None, 2))
print(s.split(","), s.rsplit(",", 1))
print("a,b,c".split(sep=",", maxsplit=1), "a,b,c".rsplit(maxsplit=1, sep=","))
print("a b c".split(maxsplit=0), "a b c".rsplit(maxsplit=0), "  a b c  ".split(maxsplit=0))
print("a b c".split(maxsplit=-7), "a b c".split(None, True))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("abcabc".split("bc"), "abcabc".rsplit("bc", 1), "aaa".split("aa"), "aaa".rsplit("aa"))
print("x\u00e9y\u00e9z".split("\u00e9"), "\u00e9\u00e9".split("\u00e9"))
attempt("split(1)", lambda: "a".split(1))
attempt("split('')", lambda: "a".split(""))
attempt("rsplit('')", lambda: "a".rsplit(""))
attempt("split bad kw", lambda: "a".split(x=1))
attempt("split dup", lambda: "a".split(",", sep=","))
attempt("split too many", lambda: "a".split(",", 1, maxsplit=2))
attempt("split maxsplit float", lambda: "a".split(maxsplit=1.0))
attempt("split maxsplit None", lambda: "a".split(None, None))
attempt("split maxsplit before sep", lambda: "a".split(1, "x"))
attempt("split huge", lambda: "a b".split(None, 2 ** 70))
print("l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1dl7\u2028l8\x85".splitlines())
print("l1\nl2\r\nl3\r".splitlines(True), "l1\n".splitlines(keepends=2), "".splitlines(), "\n".splitlines())
