# printf-style formatting reads the format left to right as CPython does: the key's value is
# looked up when the key is read, `*` arguments are taken where they stand, and the value to
# convert is taken before an unknown conversion character is reported. So errors come in
# CPython's order, and a key'd conversion followed by a positional one fails as CPython's.
cases = [
    ("%5%", ()), ("%5%", (1,)), ("%-5%|", ()), ("%(a)%", {"a": 1}), ("%(a", (1,)),
    ("%(a", {"a": 1}), ("%.*é", (1,)), ("%d %y", ()), ("%y %d", (1,)), ("%(k)d", {}),
    ("%*d", ("x", 1)), ("%d %d", (1,)), ("%s", (1, 2)), ("%(a)s %s", {"a": 1}),
    ("%s %(a)s", {"a": 1}), ("%", ()), ("%5", (1,)), ("%y", ()), ("%y", (1,)),
    ("%(a)y", {}), ("%(a)y", {"a": 1}), ("%99999999999999999999d", (1,)),
    ("%.99999999999d", (1,)), ("%*.*d", (1,)), ("%c", (1.5,)), ("%ld", (3,)),
    ("%lld", (3,)), ("x%z", 5), ("%(a)*d", {"a": 1}), ("%(a)s", [1]), ("%(a)s", "abc"),
    ("%s", [1, 2]), ("%s %s", [1, 2]), ("%(0)s", [7]), ("%-*d|", (-3, 1)),
    ("%.*d", (-3, 1)), ("%*d", (2**70, 1)), ("%.*d", (2**40, 1)), ("%*d", (True, 1)),
    ("%.*d", (1.0, 1)), ("%*", (5,)), ("%.", ()), ("%(a)s%%%(b)s", {"a": 1, "b": 2}),
    ("%(a(b)c)s", {"a(b)c": 3}), ("%s", ()), ("%s", {}), ("ab%s", b"x"),
]
for f, a in cases:
    try:
        print(repr(f), "->", repr(f % a))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
    fb = f.encode("latin-1", "replace")
    ab = {k.encode(): v for k, v in a.items()} if isinstance(a, dict) else a
    try:
        print(repr(fb), "->", repr(fb % ab))
    except Exception as e:
        print(repr(fb), type(e).__name__, e)
for f in [b"%\x01", b"%\x7f", b"%\xe9", b"ab%\x1b", b"%(a)s", b"%s"]:
    for a in [(1,), b"x", bytearray(b"y"), {b"a": b"v"}]:
        try:
            print(repr(f), repr(a), repr(f % a))
        except Exception as e:
            print(repr(f), repr(a), type(e).__name__, repr(str(e)))
