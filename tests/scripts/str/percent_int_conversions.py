# printf-style integer conversions over inline ints, big ints, bools and floats, with every
# flag, width and precision; literal text with non-ASCII characters around conversions; the
# parser's errors with their character indexes.
vals = [0, 1, -1, 7, -7, 255, -255, 2**48, -2**48, 2**48-1, 2**63-1, -2**63, 2**70, -2**70, True, False, 3.7, -3.7]
for f in ["%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%+.4x", "%#08x", "%-#8o|", "%3.5d", "%c"]:
    out = []
    for v in vals:
        try:
            out.append(f % v)
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(f, out)
print("é%dü%sñ" % (5, "x"), "%(a)s-%(b)d" % {"a": "é", "b": 3})
for bad in ["%", "%y", "abcé%ÿ", "é%5", "%lld", "%ld"]:
    try:
        print(repr(bad % (1,)))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(b"%d %x %5b" % (5, 255, b"ab"))
print("%s %% %r" % ("a", "b"), "%*d|%-*d|" % (5, 3, 4, 2), "%.*f" % (2, 3.14159))
try:
    print("a%(k" % {"k": 1})
except ValueError as e:
    print("ValueError", e)
