# Microbenchmark: a tokenizer loop `p.match(text, pos)` over a long non-ASCII text, the
# per-call pattern of lexers. Each call must cost what the match reads, not the text's length.
import re

REPEAT = 12_000  # size knob: about 0.4 s on CPython 3.11 (660,000 characters)

TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([^\W\d]\w*)|(==|!=|<=|>=|[-+*/=<>();,]))")


def main():
    text = "straße = größe * 12 + café(3.5, ñandú) ; ifé x >= 10 ; " * REPEAT
    counts = [0, 0, 0, 0]
    pos = 0
    n = len(text)
    while pos < n:
        m = TOKEN.match(text, pos)
        if m is None:
            break
        counts[m.lastindex or 0] += 1
        pos = m.end()
    print(pos, counts)


main()
