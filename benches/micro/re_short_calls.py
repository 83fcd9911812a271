# Microbenchmark: the fixed cost of a compiled pattern's calls on short subjects (many
# `search`/`match`/`fullmatch` calls and Match methods, nothing else), where per-call overhead
# (argument binding, subject setup, Match creation) is all there is to measure.
import re

ROUNDS = 120_000  # size knob: about 0.4 s on CPython 3.11

WORD = re.compile(r"\w+")
KEY = re.compile(r"(\w+)=(\d+)")
DIGITS = re.compile(r"\d+")
SUBJECTS = ["id=42", "x", "name=7 more", "   ", "k=1"]


def main():
    hits = total = 0
    for i in range(ROUNDS):
        s = SUBJECTS[i % 5]
        if WORD.search(s) is not None:
            hits += 1
        m = KEY.match(s)
        if m is not None:
            total += int(m.group(2)) + len(m.group(1)) + m.end()
        if DIGITS.fullmatch(s) is None:
            hits += 1
    print(hits, total)


main()
