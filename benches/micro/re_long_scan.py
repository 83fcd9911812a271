# Microbenchmark: scans of long texts with few matches: a literal search, `finditer` over a
# non-ASCII text, a `(?m)^` line scan and a first-character-set search, where the cost is
# finding where a match can start.
import re

PASSES = 8  # size knob: about 0.4 s on CPython 3.11

ASCII = "the quick brown fox jumps over the lazy dog; " * 45_000 + "NEEDLE"
WIDE = "Grüße an José, price 12.50 € on 2026-01-05; " * 25_000
LINES = "".join("line %d value=%d\n" % (i, i * 7 % 1000) for i in range(60_000))


def main():
    out = []
    for _ in range(PASSES):
        out = [
            re.search("NEEDLE", ASCII).start(),
            len([m.span() for m in re.finditer("José", WIDE)]),
            sum(1 for _ in re.finditer(r"(?m)^line \d*7 ", LINES)),
            len(re.findall(r"[€$]", WIDE)),
            re.search(r"[XYZ]", ASCII),
        ]
    print(out)


main()
