# str.maketrans and str.translate.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "AB", "c\u00e9")
print(sorted(t2.items()))
print("abc\u00e9d".translate(t2))
print(sorted(str.maketrans({"a": "1", 98: None, 99: 100}).items()))
print("abcabc".translate({97: "AA", 98: None, 99: 0x263A}))
print("hello".translate({}), "hello".translate([None] * 5), "\x00\x01".translate(["z", "yy"]))
print("x".maketrans("x", "y") == {120: 121}, str.maketrans({}) == {})

class Table:
    def __getitem__(self, k):
        if k == ord("l"):
            return "L"
        raise LookupError(k)

print("hello world".translate(Table()))
attempt("maketrans()", lambda: str.maketrans())
attempt("maketrans(1)", lambda: str.maketrans(1))
attempt("maketrans len", lambda: str.maketrans("ab", "c"))
attempt("maketrans float key", lambda: str.maketrans({1.5: 2}))
attempt("maketrans long key", lambda: str.maketrans({"ab": 2}))
attempt("maketrans arg3", lambda: str.maketrans("a", "b", 1))
attempt("maketrans arg2", lambda: str.maketrans(1, 2))
attempt("maketrans dict + str", lambda: str.maketrans({"a": "b"}, "x"))
attempt("maketrans kw", lambda: str.maketrans("a", "b", z="c"))
attempt("translate int", lambda: "a".translate(1))
attempt("translate float value", lambda: "abc".translate({97: 1.5}))
attempt("translate range", lambda: "abc".translate({97: 0x110000}))
attempt("translate negative", lambda: "abc".translate({98: -1}))
