# Built-ins whose result size is known before they start refuse impossible requests at once:
# CPython raises these errors without attempting the work, and so must pyrite.


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", "ok", len(r) if hasattr(r, "__len__") else r)


# Repetition.
attempt("str * 10**12", lambda: "a" * 10**12)
attempt("str * 2**63", lambda: "a" * 2**63)
attempt("2**63 * str", lambda: 2**63 * "a")
attempt("str2 * 2**62", lambda: "ab" * 2**62)
attempt("list * 10**12", lambda: [0] * 10**12)
attempt("list * 2**62", lambda: [0] * 2**62)
attempt("list2 * 2**61", lambda: [0, 1] * 2**61)
attempt("list * 2**63", lambda: [0] * 2**63)
attempt("big list * 10**6", lambda: [0] * 10**6 * 10**6)
attempt("tuple * 2**62", lambda: (0,) * 2**62)
attempt("tuple * 10**12", lambda: (0,) * 10**12)
attempt("bytes * 10**12", lambda: b"x" * 10**12)
attempt("bytearray * 10**12", lambda: bytearray(b"x") * 10**12)
attempt("empty * 2**62", lambda: [] * 2**62 + list("" * 2**62) + list(() * 2**62))


def imul_list():
    x = [0]
    x *= 10**12
    return x


def imul_bytearray():
    x = bytearray(b"x")
    x *= 10**12
    return x


attempt("list *= 10**12", imul_list)
attempt("bytearray *= 10**12", imul_bytearray)

# Sized constructors.
attempt("bytes(10**12)", lambda: bytes(10**12))
attempt("bytearray(10**12)", lambda: bytearray(10**12))
attempt("bytes(2**63)", lambda: bytes(2**63))
attempt("list(range(10**12))", lambda: list(range(10**12)))
attempt("list(range(2**62))", lambda: list(range(2**62)))
attempt("tuple(range(10**12))", lambda: tuple(range(10**12)))
attempt("sorted(range(10**12))", lambda: sorted(range(10**12)))
attempt("to_bytes(10**12)", lambda: (1).to_bytes(10**12, "big"))

# Big ints.
attempt("1 << 10**12", lambda: 1 << 10**12)
attempt("1 << 2**63", lambda: 1 << 2**63)
attempt("2**100 << 10**12", lambda: (1 << 100) << 10**12)

# Padding, widths and precisions.
attempt("format width", lambda: "{:>1000000000000}".format(1))
attempt("f-string width", lambda: f"{1:{10**12}}")
attempt("format str width", lambda: format("a", "^1000000000000"))
attempt("%*d", lambda: "%*d" % (10**12, 1))
attempt("%-*s", lambda: "%-*s" % (10**12, "a"))
attempt("b%*d", lambda: b"%*d" % (10**12, 1))
attempt("%.*d C int", lambda: "%.*d" % (2**31, 1))
attempt("%.f precision", lambda: "%.2147483648f" % 1.0)
attempt("format precision", lambda: format(1.5, ".2147483648f"))
attempt("center", lambda: "a".center(10**12))
attempt("center ssize_t", lambda: "a".center(2**63))
attempt("ljust fill", lambda: "a".ljust(10**12, "b"))
attempt("rjust", lambda: "a".rjust(10**12))
attempt("zfill", lambda: "1".zfill(10**12))
attempt("bytes center", lambda: b"a".center(10**12))
attempt("bytes zfill", lambda: b"1".zfill(10**12))
attempt("expandtabs C int", lambda: "\t".expandtabs(2**31))
attempt("bytes expandtabs C int", lambda: b"\t".expandtabs(2**31))
attempt("bytearray expandtabs C int", lambda: bytearray(b"\t").expandtabs(-(2**31) - 1))
attempt("expandtabs huge", lambda: ("\t" * 1000).expandtabs(2**30))

# Results summed before they are built.
attempt("join", lambda: "-".join(["a" * 10**6] * 10**6))
attempt("bytes join", lambda: b"".join([b"a" * 10**6] * 10**6))

# The engine is fine afterwards.
attempt("small", lambda: "ab" * 3 + "%5d" % 7 + "{:>4}".format(1))
