# Code point positions in non-ASCII strs around the index's block boundaries (every 32nd
# code point): indexing, slicing with every kind of step, find/index/count with bounds,
# startswith/endswith, iteration, enumerate, reversed, zip and map.

WIDE = "aé€日\U0001f600bßz\u0394\U00010348 "


def text(n, seed):
    # A small LCG so the text is the same everywhere.
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(WIDE[(x >> 16) % len(WIDE)])
    return "".join(out)


def digest(s):
    # Order-sensitive summary of a str's code points.
    h = 0
    for c in s:
        h = (h * 31 + ord(c)) % 1000000007
    return h


LENGTHS = [31, 32, 33, 63, 64, 65, 95, 96, 97, 1000, 1031, 2049]

for n in LENGTHS:
    s = text(n, n)
    chars = list(s)
    print(n, len(s), digest(s), s[0], s[-1], s[n // 2], s[-n])
    # Every index, positive and negative, against the iteration order.
    assert all(s[i] == chars[i] for i in range(n)), n
    assert all(s[-i] == chars[-i] for i in range(1, n + 1)), n
    print([s[i] for i in (0, 30, 31, 32, 33, 63, 64, 65) if i < n])
    print([s[-i] for i in (1, 31, 32, 33, 64, 65) if i <= n])
    for i in (n, -n - 1, 10 ** 9):
        try:
            s[i]
        except IndexError as e:
            print("IndexError", e)
    # Slices around block boundaries, all steps.
    for a, b in [(0, 32), (31, 33), (32, 64), (30, 97), (-33, -1), (-65, None), (None, -31), (5, 5), (40, 10)]:
        print(a, b, digest(s[a:b]), s[a:b] == "".join(chars[a:b]))
    for step in (2, 3, 31, 32, 33, 100, -1, -2, -32, -33, -100):
        for a, b in [(None, None), (1, None), (None, -3), (-5, 3), (33, 64)]:
            got = s[a:b:step]
            assert got == "".join(chars[a:b:step]), (n, a, b, step)
        print(step, digest(s[::step]), digest(s[1::step]), digest(s[-5:3:step]))
    print(digest(s[::-1]), s[::-1] == "".join(reversed(chars)))
    # find / rfind / index / rindex / count with bounds, startswith / endswith.
    for sub in ("é", "日", "\U0001f600b", "z ", "a", "", "never"):
        res = []
        for a, b in [(None, None), (0, 32), (31, 65), (33, None), (-40, -2), (n, None), (n + 5, None), (10, 3)]:
            res.append((s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b)))
        print(repr(sub), res)
        i = s.find(sub)
        if i >= 0:
            assert s[i:i + len(sub)] == sub
            assert s.index(sub, i) == i and s.rindex(sub, 0, i + len(sub)) == i
    for a in [a for a in (0, 31, 32, 33, 64, n - 1) if a < n]:
        piece = s[a:a + 3]
        print(a, s.startswith(piece, a), s.endswith(piece, 0, a + 3), s.startswith(piece, a + 1),
              s.startswith(("x", piece), a), s.endswith(s[a], a, a + 1))
    try:
        s.index("never", 3, 40)
    except ValueError as e:
        print("ValueError", e)
    try:
        s.rindex("é", n)
    except ValueError as e:
        print("ValueError", e)
    # Iteration, enumerate, reversed, zip, map, list, in.
    print(sum(1 for _ in s), [i for i, c in enumerate(s) if c == "\U0001f600"][:8])
    print(digest("".join(reversed(s))), list(zip(s, s[1:]))[30:34])
    print(list(map(ord, s[60:70])), "日" in s, "日\U0001f600" in s, s[40:50] in s)
    # Searching from each found position, the way tokenizers step through text.
    pos, hits = 0, []
    while True:
        pos = s.find(" ", pos)
        if pos < 0:
            break
        hits.append(pos)
        pos += 1
    print(len(hits), hits[:10], hits[-3:])
    print(s.count(" ", 32, -32), s.rfind("a", 0, 64), s.find("a", 64 - n))
    print(digest(s.expandtabs()), s.ljust(n + 3, "é")[-4:], s.center(n + 4, "*")[:3], len(s.splitlines()))

# Strings built by concatenation keep working (a fresh object, its own index).
t = text(500, 7)
u = t + "é" + t
print(len(u), u[500], u[501], u.find("é", 500), u.index(t[:20], 1), u.rfind(t[-20:]))
print("%.40s|" % u[480:], "{:.35}|".format(u[490:]), f"{u[495:]:>3.4}|")
w = "ü" * 100
print(w[99], w[-100], w[31:34], w.count("ü", 32, 64), w.find("üü", 98), w.find("üü", 99))
