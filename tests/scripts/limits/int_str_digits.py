# Every int -> decimal string path honours CPython's 4300-digit limit with the same
# ValueError; other bases have no limit.


def attempt(label, f):
    try:
        r = f()
    except ValueError as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", "ok", len(r))


big = 10**5000
edge = 10**4300 - 1
attempt("str", lambda: str(big))
attempt("str negative", lambda: str(-big))
attempt("repr", lambda: repr(big))
attempt("__str__", lambda: big.__str__())
attempt("int.__repr__", lambda: int.__repr__(big))
attempt("f-string", lambda: f"{big}")
attempt("f-string !r", lambda: f"{big!r}")
attempt("f-string width", lambda: f"{big:10}")
attempt("format d", lambda: format(big, "d"))
attempt("format n", lambda: format(big, "n"))
attempt("format ,", lambda: format(big, ","))
attempt("format _", lambda: format(big, "_"))
attempt("format empty", lambda: format(big, ""))
attempt("format none", lambda: format(big))
attempt("str.format", lambda: "{}".format(big))
attempt("str.format !s", lambda: "{!s}".format(big))
attempt("%d", lambda: "%d" % big)
attempt("%i", lambda: "%i" % big)
attempt("%u", lambda: "%u" % big)
attempt("%5d negative", lambda: "%5d" % -big)
attempt("%s", lambda: "%s" % big)
attempt("%r list", lambda: "%r" % [big])
attempt("bytes %d", lambda: b"%d" % big)
attempt("list repr", lambda: repr([1, big]))
attempt("dict repr", lambda: str({1: big}))
attempt("huge", lambda: str(1 << 10**6))
attempt("4300 digits", lambda: str(edge))
attempt("4300 digits negative", lambda: str(-edge))
attempt("4301 digits", lambda: str(edge + 1))
attempt("format 4300", lambda: format(edge, ","))
attempt("%d 4300", lambda: "%d" % -edge)
attempt("hex", lambda: hex(big))
attempt("format x", lambda: format(big, "x"))
attempt("format b", lambda: format(big, "_b"))
attempt("%x", lambda: "%x" % big)
attempt("%o", lambda: "%o" % big)
attempt("parse", lambda: int("1" * 4301))
attempt("parse 4300", lambda: str(int("9" * 4300)))
try:
    print(big)
except ValueError as e:
    print("print ->", e)
print(big)
