# pos/endpos on non-ASCII subjects: short ones and long ones (which keep their code points
# decoded between calls), spans, groups, lookbehind before pos, ^ / \b / $ at the bounds.
import re

short = "añb €x ÿz"
long = ("héllo wörld, ñandú 日本 " * 8) + "end€"
emoji = "a\U0001f600b " * 40


class S(str):
    pass


def show(label, m):
    if m is None:
        print(label, None)
    else:
        print(label, m.span(), repr(m.group()), m.groups(), m.pos, m.endpos, m.lastindex)


for name, text in [("short", short), ("long", long), ("emoji", emoji), ("sub", S(long))]:
    print("--", name, len(text))
    n = len(text)
    w = re.compile(r"(\w+)")
    for pos in (0, 1, 2, 5, n // 2, n - 3, n - 1, n, n + 5, -3):
        show("match %d" % pos, w.match(text, pos))
        show("search %d" % pos, w.search(text, pos))
        show("search %d..%d" % (pos, pos + 3), w.search(text, pos, pos + 3))
    show("fullmatch cut", w.fullmatch(text, 1, 2))
    show("fullmatch cut2", re.compile(r"\S+").fullmatch(text, 0, 3))
    # Lookbehind reads before pos; ^ and \A do not match at pos > 0, \b does see the char before.
    lb = re.compile(r"(?<=ñ)\w")
    for pos in range(0, min(n, 40)):
        m = lb.match(text, pos)
        if m:
            show("lookbehind %d" % pos, m)
    show("caret at pos", re.compile(r"^\w").match(text, 1))
    show("A at pos", re.compile(r"\A\w").search(text, 1))
    show("multiline caret", re.compile(r"(?m)^\w").search(text, 1))
    for pos in (1, 2, 3, 6, 7):
        show("b at %d" % pos, re.compile(r"\b\w").match(text, pos))
        show("B at %d" % pos, re.compile(r"\B\w").match(text, pos))
    # endpos cuts: $ and \Z match at endpos, \b sees endpos as the end.
    for end in (2, 3, 4, n - 1):
        show("dollar %d" % end, re.compile(r"\w+$").search(text, 0, end))
        show("Z %d" % end, re.compile(r".\Z").search(text, 0, end))
        show("b end %d" % end, re.compile(r"\w\b").search(text, end - 2, end))
    print("findall", re.compile(r"\w+").findall(text, 3, 30))
    print("finditer", [m.span() for m in re.compile(r"[^\W\d_]+").finditer(text, 2, 40)])
    sc = re.compile(r"\w").scanner(text, n - 6)
    print("scanner", [sc.match(), sc.search(), sc.match(), sc.search()])
    print("sub", re.sub(r"\w+", lambda m: m.group().upper()[::-1], text)[:60])
    print("split", re.split(r"[, ]+", text)[:8])
    # The same subject over and over, as a tokenizer reads it.
    tok = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
    pos, toks = 0, []
    while pos < n:
        m = tok.match(text, pos)
        toks.append(m.lastindex)
        pos = m.end()
    print("tokens", len(toks), toks[:12])
