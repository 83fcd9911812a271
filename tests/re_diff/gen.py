#!/usr/bin/env python3.11
"""Differential cases for pyrite's regular-expression engine, from CPython 3.11's `re`.

Generates random patterns from a grammar of the features sre has (literals and escapes,
sets, classes, anchors, groups of every kind, backreferences, conditionals, lookarounds,
atomic groups, greedy/lazy/possessive repeats, inline and argument flags), broken patterns
for the error messages, and random subjects, then hand-picked corners of the syntax
(EDGE_PATTERNS); runs CPython's `re` on them and writes one case per line to
tests/re_diff/cases.jsonl:

    [kind, pattern, flags, op, subject, pos, endpos, result]

kind is "s" (str) or "b" (bytes, given as latin-1 text); op is "search", "match",
"fullmatch" or "finditer"; result is ["error", exception type, str(exception)] when the
pattern does not compile, else null (no match) or [span, group spans..., lastindex] for one
match (spans as [start, end] or null), or a list of those for finditer.

Run from the repository root with CPython 3.11 (same seed, same file):

    python3.11 tests/re_diff/gen.py [--seed N] [--count N]
"""
import argparse
import json
import random
import re
import signal
import sys
import warnings

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
warnings.simplefilter("ignore")

# Characters chosen for their behaviour: ASCII letters in both cases, digits, space and
# newline, letters with special case folding (K/k/Kelvin sign, s/ſ, i/İ/ı, µ/μ, ß, σ/ς/Σ),
# a non-BMP letter pair, non-ASCII digits and spaces, underscore and punctuation.
ALPHABET = list("abcABC01_ -.\n") + ["é", "É", "ß", "ſ", "K", "k", "\u212a", "İ", "ı", "µ", "μ",
                                      "σ", "ς", "Σ", "\U00010400", "\U00010428", "٣", "\u00a0", "\u2028"]
BYTE_ALPHABET = list("abcABC01_ -.\n") + ["\xe9", "\xc9", "\xb5", "\xa0", "\xff"]
LITERALS = list("abcAB01_ -") + ["é", "É", "ß", "ſ", "K", "\u212a", "İ", "ı", "µ", "σ", "Σ",
                                 "\U00010400", "\U00010428", "٣"]
BYTE_LITERALS = list("abcAB01_ -") + ["\xe9", "\xc9", "\xb5"]


class Gen:
    def __init__(self, rng, is_str, small=False):
        self.rng = rng
        self.is_str = is_str
        # Over a two-letter alphabet, with subjects over the same letters: dense
        # backtracking, where which group captures what depends on sre's details.
        self.small = small
        self.groups = 0
        self.closed = []
        self.names = []

    def char(self):
        r = self.rng
        if self.small:
            return r.choice("ab")
        lits = LITERALS if self.is_str else BYTE_LITERALS
        c = r.choice(lits)
        if c in "-" and r.random() < 0.5:
            return "\\-"
        return c

    def escape(self):
        r = self.rng
        opts = [r"\d", r"\D", r"\w", r"\W", r"\s", r"\S", r"\n", r"\t", r"\x41", r"\x61", r"\.",
                r"\101", r"\0", r"\\", r"\-"]
        if self.is_str:
            opts += [r"\u00e9", r"\u00c9", r"\U00010400", r"\N{LATIN SMALL LETTER A}"]
        return r.choice(opts)

    def set_(self):
        r = self.rng
        if self.small:
            return r.choice(["[ab]", "[^a]", "[b]", "[^ab]"])
        items = []
        for _ in range(r.randint(1, 4)):
            k = r.random()
            if k < 0.35:
                items.append(self.char().replace("]", "\\]"))
            elif k < 0.6:
                a, b = sorted([r.choice("abcxyzABCXYZ019"), r.choice("abcxyzABCXYZ019")])
                items.append(f"{a}-{b}")
            elif k < 0.8:
                items.append(r.choice([r"\d", r"\w", r"\s", r"\W", r"\D", r"\S"]))
            elif self.is_str and k < 0.9:
                items.append(r.choice(["\u00c0-\u00ff", "\u0370-\u03ff", "\U00010400-\U0001044f",
                                       "\u212a", "\u017f", "K-k", "\u0130", "\u0131"]))
            else:
                items.append(r.choice(["^", "-", "]", "[", "."]))
        neg = "^" if r.random() < 0.3 else ""
        body = "".join(items)
        if body.startswith("^") and not neg:
            body = "\\" + body
        return f"[{neg}{body}]"

    def atom(self, depth):
        r = self.rng
        k = r.random()
        if k < 0.3 or depth > 3:
            return self.char()
        if k < 0.4:
            return self.escape()
        if k < 0.5:
            return self.set_()
        if k < 0.55:
            return "."
        if k < 0.6:
            return r.choice(["^", "$", r"\b", r"\B", r"\A", r"\Z"])
        if k < 0.66 and self.closed:
            g = r.choice(self.closed)
            named = [n for n, i in self.names if i == g]
            if named and r.random() < 0.5:
                return f"(?P={named[0]})"
            return f"\\{g}"
        return self.group(depth)

    def group(self, depth):
        r = self.rng
        k = r.random()
        if k < 0.35:
            self.groups += 1
            g = self.groups
            body = self.alt(depth + 1)
            self.closed.append(g)
            return f"({body})"
        if k < 0.45:
            self.groups += 1
            g = self.groups
            name = f"n{g}"
            self.names.append((name, g))
            body = self.alt(depth + 1)
            self.closed.append(g)
            return f"(?P<{name}>{body})"
        if k < 0.55:
            return f"(?:{self.alt(depth + 1)})"
        if k < 0.63:
            return f"(?{r.choice('=!')}{self.alt(depth + 1)})"
        if k < 0.7:
            # lookbehind: mostly fixed width
            n = r.randint(1, 3)
            body = "".join(r.choice([self.char(), ".", r"\w", "[ab]"]) for _ in range(n))
            if r.random() < 0.3:
                body += "|" + "".join(self.char() for _ in range(n if r.random() < 0.7 else n + 1))
            return f"(?<{r.choice('=!')}{body})"
        if k < 0.77:
            return f"(?>{self.alt(depth + 1)})"
        if k < 0.85 and self.closed:
            g = r.choice(self.closed)
            yes = self.seq(depth + 1)
            if r.random() < 0.6:
                return f"(?({g}){yes}|{self.seq(depth + 1)})"
            return f"(?({g}){yes})"
        flags = "".join(r.sample("imsx", r.randint(1, 2)))
        if r.random() < 0.5:
            return f"(?{flags}:{self.alt(depth + 1)})"
        return f"(?-{flags}:{self.alt(depth + 1)})"

    def quant(self):
        r = self.rng
        q = r.choice(["*", "+", "?", "{2}", "{1,3}", "{2,}", "{,2}", "{0}", "{0,1}"])
        m = r.random()
        if m < 0.25:
            q += "?"
        elif m < 0.35:
            q += "+"
        return q

    def piece(self, depth):
        a = self.atom(depth)
        if self.rng.random() < 0.35 and a not in ("^", "$", r"\b", r"\B", r"\A", r"\Z"):
            a += self.quant()
        return a

    def seq(self, depth):
        return "".join(self.piece(depth) for _ in range(self.rng.randint(0, 3 if depth else 4)))

    def alt(self, depth):
        n = 1 if self.rng.random() < 0.7 else self.rng.randint(2, 3)
        return "|".join(self.seq(depth) for _ in range(n))


def broken(rng, is_str):
    """A short random pattern over the characters that make syntax errors."""
    pieces = ["(", ")", "[", "]", "{", "}", "?", "*", "+", "|", "\\", "^", "$", ".", ":", "<", ">",
              "=", "!", "P", "a", "1", "2", "-", ",", "#", "i", "x", "L", "u", "(?", "(?P<", "(?P=",
              "(?(", "(?<", "\\x", "\\u", "\\N{", "\\g", "\\q", "\\8", "\\12", "\\0", "[^", "{1,", "z",
              "\\777", "(?i", "(?-", "(?a", "\n", " ", "_", "é"]
    n = rng.randint(1, 7)
    s = "".join(rng.choice(pieces) for _ in range(n))
    if not is_str:
        s = s.replace("é", "\xe9")
    return s


def subject(rng, is_str, small=False):
    if small:
        return "".join(rng.choice("ab") for _ in range(rng.randint(0, 16)))
    alpha = ALPHABET if is_str else BYTE_ALPHABET
    return "".join(rng.choice(alpha) for _ in range(rng.randint(0, 12)))


def span(m, g):
    s = m.span(g)
    return None if s == (-1, -1) else list(s)


def describe(m):
    if m is None:
        return None
    return [span(m, g) for g in range(m.re.groups + 1)] + [m.lastindex]


def flags_for(rng, is_str):
    f = 0
    for flag in (re.I, re.M, re.S, re.X):
        if rng.random() < 0.2:
            f |= flag
    if rng.random() < 0.1:
        f |= re.A
    if not is_str and rng.random() < 0.15:
        f |= re.L  # bytes only; the C locale's rules (and ValueError with re.A)
    return int(f)


class Slow(Exception):
    """A case CPython needs more than a second for (catastrophic backtracking): skipped."""


def on_alarm(signum, frame):
    raise Slow()


def case(rng, is_str):
    small = False
    if rng.random() < 0.22:
        pattern = broken(rng, is_str)
    else:
        small = rng.random() < 0.3
        g = Gen(rng, is_str, small)
        pattern = g.alt(0)
        if rng.random() < 0.1:
            pattern = "(?" + "".join(rng.sample("imsx", rng.randint(1, 2))) + ")" + pattern
    flags = flags_for(rng, is_str)
    subj = subject(rng, is_str, small)
    op = rng.choice(["search", "search", "match", "fullmatch", "finditer"])
    pos, endpos = 0, len(subj)
    if rng.random() < 0.15:
        pos = rng.randint(0, len(subj))
    if rng.random() < 0.15:
        endpos = rng.randint(0, len(subj))
    p = pattern if is_str else pattern.encode("latin-1")
    s = subj if is_str else subj.encode("latin-1")
    try:
        rx = re.compile(p, flags)
    except (re.error, OverflowError, ValueError, RecursionError) as e:
        return ["s" if is_str else "b", pattern, flags, op, subj, pos, endpos,
                ["error", type(e).__name__, str(e)]]
    signal.alarm(1)
    try:
        if op == "finditer":
            result = [describe(m) for m in rx.finditer(s, pos, endpos)]
        else:
            result = describe(getattr(rx, op)(s, pos, endpos))
    except Slow:
        return None
    except SystemError as e:
        # sre's check of a capture that ends before it starts (possible after backtracking
        # through lookarounds); the engine reports the same spans.
        result = ["error", type(e).__name__, str(e)]
    finally:
        signal.alarm(0)
    return ["s" if is_str else "b", pattern, flags, op, subj, pos, endpos, result]


# Hand-picked corners of the syntax, each run on every subject of EDGE_SUBJECTS.
EDGE_PATTERNS = [
    "a{", "a{,}", "a{1,2", "a{,3}", "x{2}{3}", "{1}", "a{1}?", "a{1}+", "a{3,2}", "a{0}b", "a{00}",
    r"\12", r"(a)\1", r"(a)\10", r"(a)\01", r"\0", r"\08", r"\378", r"\400", r"[\12]", r"[\8]", r"[\x]",
    r"[\d-z]", r"[a-\d]", r"[--a]", r"[a-]", r"[]a]", r"[^]a]", r"[\]]", r"[a\-z]", r"[[:alpha:]]", r"[&&a]",
    "(?x) a b # c\n d", "(?x)[ a]", "(?x)a\\ b", "(?x)a#(\nb", "(?x: a | b )c", "a(?x: b )c",
    "(?a)\\w+", "(?u)\\w+", "(?au)x", "(?aa)x", "(?i)(?i)x", "(?imsx)a", "(?-i)x", "(?i-:x)", "(?-:x)",
    "(?i:a(?-i:b)c)", "(?s:.)+", "(?m:^a$)", "(?t)x", "(?t)x*", "(?P<é>a)", "(?P<a-b>x)", "(?P<a>x)(?P=a)+",
    "(?P", "(?P<", "(?P<a", "(?P=", "(?P=a", "(?Px)", "(?", "(?<", "(?<a", "(?(", "(?(1", "(?(a)b)",
    "(?(1)a)(b)", "( ?(1)a)", "(a)(?(1)b|c|d)", "(?(-1)a)", "(?(+1)a)(b)", "(?(01)a)(b)", "(?# comment )x",
    "(?#", "a|*", "a|)", "((a)|b)*", "(a|(b))+?", "(?:(a)|(b)|c)*", "((a)(b)?)*", "(a(b)?)+", "(?:a|(b))*c",
    "(a*)*b", "(a*)+?", "(a?)*?b", "(?:(a)|b)*?$", "(a)|b", "()*", "(|a)*", "(a|)*", "(?:a?)*b",
    "(?<=a|b)c", "(?<=ab|c)d", "(?<=a(b))c", "(?<=\\b)a", "(?<!^)a", "(?=(a))a", "(?!(a))b", "(?=a)*",
    "\\b*", "^*", "$+", "\\A?", "(?>a|ab)c", "(?>(a))+", "a++b", "a?+a", "(ab)*+b", "(?:ab)?+a",
    "\\N", "\\N{", "\\N{}", "\\N{EM DASH}", "\\u12", "\\U0011ffff", "\\U0001F600", "\\x{41}",
]
EDGE_SUBJECTS = ["", "a", "ab", "aab", "abc", "bab", "a\nb", "ba b1", "AbC", "aaab", "\u00e9\u2014"]


def edge_cases():
    for pattern in EDGE_PATTERNS:
        for flags in (0, int(re.I)):
            for subj in EDGE_SUBJECTS:
                try:
                    rx = re.compile(pattern, flags)
                except (re.error, OverflowError, ValueError, RecursionError) as e:
                    yield ["s", pattern, flags, "search", subj, 0, len(subj),
                           ["error", type(e).__name__, str(e)]]
                    break
                result = [describe(m) for m in rx.finditer(subj)]
                yield ["s", pattern, flags, "finditer", subj, 0, len(subj), result]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--count", type=int, default=4000)
    ap.add_argument("--out", default="tests/re_diff/cases.jsonl")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    signal.signal(signal.SIGALRM, on_alarm)
    with open(args.out, "w") as f:
        f.write(f"# @generated by tests/re_diff/gen.py --seed {args.seed} --count {args.count}\n")
        written = 0
        while written < args.count:
            c = case(rng, rng.random() < 0.8)
            if c is not None:
                f.write(json.dumps(c, ensure_ascii=True) + "\n")
                written += 1
        for c in edge_cases():
            f.write(json.dumps(c, ensure_ascii=True) + "\n")


if __name__ == "__main__":
    main()
