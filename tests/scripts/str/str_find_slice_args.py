# find/rfind/index/rindex/count/startswith/endswith with start/end in every form.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
    def __repr__(self):
        return "Idx(%d)" % self.n

class BadIdx:
    def __index__(self):
        return "x"

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "abcabcab\u00e9c"
for args in [("c",), ("c", 3), ("c", -4), ("c", None, 5), ("c", None, None), ("c", 2 ** 70), ("c", -2 ** 70), ("c", 0, -2 ** 70),
             ("", 0), ("", 11), ("", 12), ("\u00e9c",), ("ab", 1, 4), ("c", Idx(3), Idx(-1)), ("c", True)]:
    print(args[1:], s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args))
print("aaaa".count("aa"), "aaaa".count(""), "".count(""), "ab".count("", 5), "abc".count("", 1, 2))
print(s.index("b"), s.rindex("b"), s.index("c", Idx(4)))
print("hello".startswith(("x", "he")), "hello".endswith(("lo", 5)), "hello".startswith(()), "hello".endswith("", 5), "hello".endswith("", 6))
print("hello".startswith("ell", 1), "hello".endswith("ell", 0, 4), "hello".startswith("h", -100, 100))
attempt("bad __index__", lambda: s.find("a", BadIdx()))
attempt("startswith int", lambda: "a".startswith(1))
attempt("endswith list", lambda: "a".endswith(["a"]))
attempt("startswith tuple int", lambda: "a".startswith(("b", 1)))
attempt("endswith tuple stops early", lambda: "a".endswith(("a", 1)))
attempt("startswith bad start", lambda: "a".startswith("a", "x"))
attempt("count str start", lambda: "a".count("a", "0"))
attempt("index empty", lambda: "".index("a"))
