# join over every kind of iterable, strip/replace/partition/removeprefix/expandtabs edges.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def gen(n):
    for i in range(n):
        yield str(i) * i

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return chr(97 + i)
        raise IndexError(i)

print(",".join(gen(5)), "".join(Seq()), "-".join({"b": 1, "a": 2}), "|".join(("x",)), "+".join("abc"))
print(repr("".join([])), repr("\u00e9".join(["", ""])), " ".join(x.upper() for x in ["a", "b"]))
print("-".join(sorted({"q", "p", "r"})), "".join(map(str, range(10))))
attempt("join int item", lambda: ",".join(["a", 1]))
attempt("join none item", lambda: ",".join([None]))
attempt("join gen item", lambda: ",".join(x for x in ["a", "b", 3]))
attempt("join non-iterable", lambda: ",".join(5))
attempt("join None", lambda: ",".join(None))
print(repr("  \t\n x \x1c\u3000".strip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("abc".strip("")))
print(repr("  x ".lstrip()), repr("  x ".rstrip()), repr("..x..".lstrip(".")), repr("..x..".rstrip(None)))
print("aaaa".replace("a", "b", 2), "aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("abc".replace("x", "y"), "abc".replace("b", ""), "".replace("", "x"), "abc".replace("abc", "", -1), "aaa".replace("a", "bb", 0))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("prefix-body".removeprefix("prefix-"), "body".removeprefix(""), "body-suffix".removesuffix("-suffix"), "x".removesuffix("xx"))
print(repr("a\tbc\td\n\te\r\tf".expandtabs()), repr("a\tb".expandtabs(3)), repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-2)))
print(repr("\u00e9\tx".expandtabs(tabsize=4)), repr("12345678\t9".expandtabs()))
attempt("partition empty", lambda: "a".partition(""))
attempt("rpartition int", lambda: "a".rpartition(1))
