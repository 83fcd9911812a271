s = "héllo\n"
n = 42
lst = [1, "a", None]
print(f"{s!r}", f"{s!s}", f"{n!r}", f"{lst!r}", f"{lst!s}", f"{lst}")
print(f"{'x'!r:>8}|", f"{'x'!s:>8}|", f"{3.0!r:*^9}", f"{None!r}")
class V:
    def __repr__(self):
        return "V()"
    def __str__(self):
        return "v-str"
v = V()
print(f"{v}", f"{v!r}", f"{v!s}", f"{[v]}", f"{v!r:>6}", str(v), repr(v))
print(f"{chr(39)!r}", f"{chr(39) + chr(34)!r}", f"{'tab' + chr(9)!r}")
print(f"{1 + 2}", f"{n * 2}", f"{'a' 'b'}")
print(f"{{}}", f"{{{n}}}", f"{{n}}", f"a{{b}}c{n}")
d = {"k": "v", 1: 2}
print(f"{d['k']}", f"{d[1]}", f"{lst[-1]}", f"{s[:3]}", f"{len(s)}")
print(f"{n:}", f"{n!s:}", f"{'':>3}|", f"{n if n > 40 else 0}")
print(f"{(lambda x: x * 2)(5)}", f"{[i * i for i in range(4)]}", f"{ {1: 2} }")
