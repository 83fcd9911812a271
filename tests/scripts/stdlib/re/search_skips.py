# Searches that skip ahead: a literal prefix (bytes, ASCII, non-ASCII subjects), a first
# character set, (?m)^ line starts, \A / ^ anchors, with pos/endpos at the edges.
import re

subjects = [
    "abcXYZdefXYZ",
    "XYZ",
    "XY",
    "",
    "a\nb\n\nXYZ\n",
    "\n",
    "ñXYZé\nXY€Z\nXYZ",
    "日本XYZ日本\n" * 5,
]
patterns = [r"XYZ", r"X", r"XY(Z)?", r"(?m)^", r"(?m)^$", r"(?m)^X\w*", r"(?m)^\S+", r"\AX",
            r"^X", r"(?m)^(?:XYZ|b)", r"\d*", r"Z|€", r"(X)(Y)Z", r"(?i)xyz", r"é\n", r"\n"]
for pat in patterns:
    p = re.compile(pat)
    for s in subjects:
        n = len(s)
        out = []
        for pos in sorted({0, 1, 2, n - 1, n}):
            if pos < 0:
                continue
            for end in sorted({n, n - 1, pos + 3}):
                m = p.search(s, pos, end)
                out.append(m.span() if m else None)
        out.append([m.span() for m in p.finditer(s)])
        out.append(p.sub("-", s))
        out.append(p.split(s))
        print(repr(pat), repr(s), out)
    bp = re.compile(pat.replace("€", "Q").replace("é", "e").encode())
    for s in subjects:
        b = s.encode("utf-8")
        print(repr(pat), b, [m.span() for m in bp.finditer(b)], bp.search(b, 1))
# A literal over long texts.
big = "abcdefghij" * 20000 + "XYZ" + "é" + "XYZ"
print([m.span() for m in re.finditer("XYZ", big)], re.compile("XYZ").search(big, 200004))
print(re.search("XYZ", big[:200002]), re.search(b"XYZ", big.encode()).span())
print(len(re.findall(r"(?m)^\w+", "ab\ncd\n\nef é\n" * 1000)))
