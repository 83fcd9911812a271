#!/usr/bin/env python3.11
"""Writes src/stdlib/re/case_tables.rs: the case mappings sre uses under re.IGNORECASE.

sre lowercases with `_PyUnicode_ToLowercase` (the first character of the full lowercase
mapping, `_sre.unicode_tolower`) and uppercases with `_PyUnicode_ToUppercase` (the first
character of `str.upper()`); `_EXTRA_CASES` (Lib/re/_casefix.py) lists the lowercase letters
that share an uppercase with another one. Run with CPython 3.11 from the repository root:

    python3.11 tests/re_diff/gen_case_tables.py
"""
import _sre
import sys
from re._casefix import _EXTRA_CASES

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"


def deltas(mapping):
    out = []
    for c in range(0x110000):
        m = mapping(c)
        if m != c:
            out.append((c, m - c))
    return out


def runs(pairs):
    """(first, last, step, delta) runs: code points first, first+step, ..., last all map by delta."""
    out, i = [], 0
    while i < len(pairs):
        c, d = pairs[i]
        j, step = i + 1, 1
        if j < len(pairs) and pairs[j][1] == d and pairs[j][0] - c in (1, 2):
            step = pairs[j][0] - c
            while j < len(pairs) and pairs[j][1] == d and pairs[j][0] - pairs[j - 1][0] == step:
                j += 1
        out.append((c, pairs[j - 1][0], step, d))
        i = j
    return out


def first_upper(c):
    try:
        return ord(chr(c).upper()[0])
    except ValueError:
        return c


lower = deltas(_sre.unicode_tolower)
upper = deltas(first_upper)
for c in range(0x110000):
    assert _sre.unicode_iscased(c) == (_sre.unicode_tolower(c) != c or first_upper(c) != c)

lines = [
    "//! Case mappings of sre under `re.IGNORECASE`, generated from CPython 3.11 (Unicode 14.0.0)",
    "//! by `tests/re_diff/gen_case_tables.py`; do not edit.",
    "",
    "/// Runs `(first, last, step, delta)`: `first, first+step, ..., last` lowercase to `c + delta`",
    "/// (`_PyUnicode_ToLowercase`, sre's `sre_lower_unicode`).",
    "pub(super) static LOWER: &[(u32, u32, u32, i32)] = &[",
]
lines += [f"    (0x{a:x}, 0x{b:x}, {s}, {d})," for a, b, s, d in runs(lower)]
lines += [
    "];",
    "",
    "/// Runs as in `LOWER` for `_PyUnicode_ToUppercase` (sre's `sre_upper_unicode`).",
    "pub(super) static UPPER: &[(u32, u32, u32, i32)] = &[",
]
lines += [f"    (0x{a:x}, 0x{b:x}, {s}, {d})," for a, b, s, d in runs(upper)]
lines += [
    "];",
    "",
    "/// `_EXTRA_CASES`: a lowercase character and the other lowercase characters with the same",
    "/// uppercase, sorted by the first.",
    "pub(super) static EXTRA_CASES: &[(u32, &[u32])] = &[",
]
for k in sorted(_EXTRA_CASES):
    vals = ", ".join(f"0x{v:x}" for v in _EXTRA_CASES[k])
    lines.append(f"    (0x{k:x}, &[{vals}]),")
lines.append("];")
with open("src/stdlib/re/case_tables.rs", "w") as f:
    f.write("\n".join(lines) + "\n")
