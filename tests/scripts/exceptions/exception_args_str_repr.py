cases = [
    Exception(), Exception("one"), Exception("a", "b"), Exception(1), Exception(None),
    Exception(""), Exception(("t", "u")), Exception(["l"]), ValueError(3.5, None),
    KeyError(), KeyError("k"), KeyError(1), KeyError("a", "b"), KeyError(""),
    IndexError("idx"), TypeError("x", 2, [3]), RuntimeError(),
]
for e in cases:
    print(type(e).__name__, e.args, "str=" + repr(str(e)), "repr=" + repr(e))
e = ValueError("x")
e.args = ("changed", 2)
print(e, repr(e))
e2 = Exception("a")
e2.args = ()
print(repr(str(e2)), repr(e2))
print(str(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(SystemExit(2)), SystemExit(2).code, SystemExit().code)
print(repr(KeyboardInterrupt()), repr(GeneratorExit("g")))
print(str(Exception("multi\nline")), repr(Exception("multi\nline")), repr(Exception("q'uote")))
