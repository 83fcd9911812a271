"""Generates unicodedata's data from CPython 3.11's own `unicodedata` (Unicode 14.0.0) and
`stringprep` modules: `tables.bin` (the per-code-point arrays) and `tables.rs` (the small lists).

Run with CPython 3.11.7 from the repository root:
    python3 src/stdlib/unicodedata/gen_tables.py

Every value comes from CPython's modules: the scan asks `unicodedata` about each code point.
Two lists name candidates that CPython's module cannot enumerate, each checked against it:
the named sequences (Unicode 14.0's NamedSequences.txt, as shipped with perl 5.36, path
below) and the name aliases unicode_names2 knows (its data/NameAliases.txt, a later Unicode
version): the aliases CPython's `lookup` refuses are listed so pyrite refuses them too.

Layout of tables.bin: sections, each a little-endian u32 byte length then the bytes.
  0 record index, level 1: u16 per block of 2**SHIFT code points
  1 record index, level 2: u16 record number per code point of each distinct block
  2 records: 8 bytes each: category, bidirectional, combining, east_asian_width (indexes
    into the lists of tables.rs), flags (1 mirrored, 2 has a name, 4/8/16/32
    quick check says yes for NFC/NFD/NFKC/NFKD), decimal | digit << 4
    (15: none), numeric u16 (index into NUMERIC, 0xffff none)
  3 decomposition index, level 1 (u16), 4 level 2 (u16: word offset + 1 into section 5, 0 none)
  5 decomposition words (u32): tag | length << 8, then the code points (tag 0: canonical)
  6 compositions (u32 triples first, second, composite), sorted: the primary composites
  7 Unicode 3.2 unassigned ranges (u32 pairs, inclusive) as `ucd_3_2_0` sees them
  8 Unicode 3.2 normalization changes (u32 pairs: code point, what NFD makes of it)
  9 stringprep runs (u32 pairs: first code point, flags): 1 B.1, 2 B.2 maps, 4 C.1.2,
    C.2.2, C.3-C.9 (prohibited in nameprep), 8 D.1, 16 D.2
 10 stringprep B.2 map: u32 pairs (code point, word offset) then words (length, code points)
"""
import glob
import os
import struct
import sys
import unicodedata as U
import stringprep as SP

assert sys.version_info[:3] == (3, 11, 7), "run with CPython 3.11.7"
assert U.unidata_version == "14.0.0"

HERE = os.path.dirname(os.path.abspath(__file__))
SHIFT = 7
N = 0x110000
NAMED_SEQUENCES = "/usr/share/perl/5.36.0/unicore/NamedSequences.txt"
ALIASES = glob.glob(os.path.expanduser(
    "~/.cargo/registry/src/*/unicode_names2-4.0.0/data/NameAliases.txt"))[0]

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp",
              "Cc", "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po",
              "Sm", "Sc", "Sk", "So"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS",
        "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["F", "H", "W", "Na", "A", "N"]
TAGS = [""]
NUMERIC = []


def two_level(values):
    """Index level 1 (per block) and level 2 (distinct blocks) for a list of u16 values."""
    blocks, index1, index2 = {}, [], []
    for b in range(0, len(values), 1 << SHIFT):
        block = tuple(values[b:b + (1 << SHIFT)])
        if block not in blocks:
            blocks[block] = len(blocks)
            index2.extend(block)
        index1.append(blocks[block])
    return index1, index2


def has_name(c):
    try:
        U.name(c)
        return True
    except ValueError:
        return False


def qc(c):
    """The quick-check answers: CPython's `normalize` returns a string of such characters
    (in canonical order) as it is, in the forms whose bit is set."""
    return sum(4 << i for i, f in enumerate(("NFC", "NFD", "NFKC", "NFKD"))
               if 0xD800 <= ord(c) < 0xE000 or U.normalize(f, c) is c)


records, record_of, rec_values = [], {}, []
decomp_words, decomp_values, decomp_of = [], [], {}
for cp in range(N):
    c = chr(cp)
    num = U.numeric(c, None)
    if num is None:
        ni = 0xFFFF
    else:
        if num not in NUMERIC:
            NUMERIC.append(num)
        ni = NUMERIC.index(num)
    dec, dig = U.decimal(c, None), U.digit(c, None)
    rec = (CATEGORIES.index(U.category(c)), BIDI.index(U.bidirectional(c)), U.combining(c),
           EAW.index(U.east_asian_width(c)), U.mirrored(c) | (2 if has_name(c) else 0) | qc(c),
           (15 if dec is None else dec) | (15 if dig is None else dig) << 4, ni)
    if rec not in record_of:
        record_of[rec] = len(records)
        records.append(rec)
    rec_values.append(record_of[rec])
    d = U.decomposition(c)
    if not d:
        decomp_values.append(0)
        continue
    parts = d.split()
    tag = ""
    if parts[0].startswith("<"):
        tag = parts.pop(0)
    if tag not in TAGS:
        TAGS.append(tag)
    words = (TAGS.index(tag) | len(parts) << 8,) + tuple(int(p, 16) for p in parts)
    if words not in decomp_of:
        decomp_of[words] = len(decomp_words) + 1
        decomp_words.extend(words)
    decomp_values.append(decomp_of[words])
assert len(records) < 0xFFFF and len(decomp_words) < 0xFFFF and len(NUMERIC) < 0xFFFF

# Primary composites: a two-code-point canonical decomposition that NFC keeps.
compositions = []
for cp in range(N):
    c = chr(cp)
    d = U.decomposition(c)
    if d and not d.startswith("<") and len(d.split()) == 2 and U.normalize("NFC", c) == c:
        a, b = (int(p, 16) for p in d.split())
        compositions.append((a, b, cp))
compositions.sort()


def ranges(pred):
    out, start = [], None
    for cp in range(N + 1):
        inside = cp < N and pred(cp)
        if inside and start is None:
            start = cp
        elif not inside and start is not None:
            out.append((start, cp - 1))
            start = None
    return out


old = U.ucd_3_2_0
unassigned_32 = ranges(lambda cp: old.category(chr(cp)) == "Cn")
# What NFD does under 3.2 that 3.2-gated 14.0 decompositions do not predict.
decomp_at = {cp: v for cp, v in enumerate(decomp_values) if v}


def predict_nfd_32(cp, out):
    if 0xAC00 <= cp < 0xAC00 + 11172:
        out.append(None)  # Hangul: algorithmic, never changed
        return
    if old.category(chr(cp)) == "Cn" or cp not in decomp_at:
        out.append(cp)
        return
    off = decomp_at[cp] - 1
    head = decomp_words[off]
    if head & 0xFF:
        out.append(cp)
        return
    for x in decomp_words[off + 1:off + 1 + (head >> 8)]:
        predict_nfd_32(x, out)


changes_32 = []
for cp in decomp_at:
    out = []
    predict_nfd_32(cp, out)
    if None in out:
        continue
    want = [ord(x) for x in old.normalize("NFD", chr(cp))]
    if sorted(out) != sorted(want):
        assert len(want) == 1, (hex(cp), want)
        changes_32.append((cp, want[0]))

runs, prev = [], None
b2_map = []
for cp in range(N):
    c = chr(cp)
    if 0xD800 <= cp < 0xE000:
        flags = 4  # surrogates: C.5 (a pyrite str never holds one)
    else:
        m = SP.map_table_b2(c)
        if m != c:
            b2_map.append((cp, [ord(x) for x in m]))
        flags = ((1 if SP.in_table_b1(c) else 0) | (2 if m != c else 0)
                 | (4 if any(f(c) for f in (SP.in_table_c12, SP.in_table_c22, SP.in_table_c3,
                                           SP.in_table_c4, SP.in_table_c5, SP.in_table_c6,
                                           SP.in_table_c7, SP.in_table_c8, SP.in_table_c9))
                    else 0)
                 | (8 if SP.in_table_d1(c) else 0) | (16 if SP.in_table_d2(c) else 0))
    if flags != prev:
        runs.append((cp, flags))
        prev = flags

sections = []
i1, i2 = two_level(rec_values)
sections.append(struct.pack(f"<{len(i1)}H", *i1))
sections.append(struct.pack(f"<{len(i2)}H", *i2))
sections.append(b"".join(struct.pack("<6BH", *r) for r in records))
d1, d2 = two_level(decomp_values)
sections.append(struct.pack(f"<{len(d1)}H", *d1))
sections.append(struct.pack(f"<{len(d2)}H", *d2))
sections.append(struct.pack(f"<{len(decomp_words)}I", *decomp_words))
sections.append(b"".join(struct.pack("<3I", *t) for t in compositions))
sections.append(b"".join(struct.pack("<2I", *t) for t in unassigned_32))
sections.append(b"".join(struct.pack("<2I", *t) for t in changes_32))
sections.append(b"".join(struct.pack("<2I", *t) for t in runs))
b2_index, b2_words = [], []
for cp, m in b2_map:
    b2_index.append((cp, len(b2_words)))
    b2_words.append(len(m))
    b2_words.extend(m)
sections.append(struct.pack("<I", len(b2_index)) + b"".join(struct.pack("<2I", *t) for t in b2_index)
                + struct.pack(f"<{len(b2_words)}I", *b2_words))
blob = b"".join(struct.pack("<I", len(s)) + s for s in sections)
with open(os.path.join(HERE, "tables.bin"), "wb") as f:
    f.write(blob)

# Named sequences, each checked against CPython's lookup.
seqs = []
for line in open(NAMED_SEQUENCES):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, cps = line.split(";")
    value = "".join(chr(int(x, 16)) for x in cps.split())
    assert U.lookup(name) == value, name
    seqs.append((name, value))
seqs.sort()

# Aliases of a later Unicode that CPython 3.11's lookup refuses.
refused, accepted = [], []
for line in open(ALIASES):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    cp, alias, _kind = line.split(";")
    try:
        got = U.lookup(alias)
        assert got == chr(int(cp, 16)), alias
        accepted.append(f"{alias};{cp}\n")
    except KeyError:
        refused.append(alias)
refused.sort()
with open(os.path.join(HERE, "aliases.txt"), "w") as f:
    f.write("# @generated by `python3 src/stdlib/unicodedata/gen_tables.py`: the aliases CPython\n"
            "# 3.11's `lookup` accepts, with their code points (see `tests.rs`).\n")
    f.write("".join(accepted))

out = []
w = out.append
w("//! @generated by `python3 src/stdlib/unicodedata/gen_tables.py` from CPython 3.11.7's\n")
w("//! `unicodedata` (Unicode 14.0.0): the small lists; `tables.bin` holds the arrays.\n\n")
w(f"/// Code points per block of the two-level indexes.\npub(super) const SHIFT: u32 = {SHIFT};\n")
for nm, lst in (("CATEGORIES", CATEGORIES), ("BIDIRECTIONAL", BIDI), ("EAST_ASIAN_WIDTH", EAW),
                ("DECOMPOSITION_TAGS", TAGS)):
    w(f"\npub(super) const {nm}: &[&str] = &[\n")
    for s in lst:
        w(f'    "{s}",\n')
    w("];\n")
w("\n/// The distinct numeric values, as CPython's `numeric` returns them.\n")
w("pub(super) const NUMERIC: &[f64] = &[\n")
for x in NUMERIC:
    w(f"    {x!r},\n")
w("];\n")
w("\n/// Named sequences (`lookup` only), sorted by name.\n")
w("pub(super) const NAMED_SEQUENCES: &[(&str, &[u32])] = &[\n")
for name, value in seqs:
    w(f'    ("{name}", &[{", ".join(hex(ord(x)) for x in value)}]),\n')
w("];\n")
w("\n/// Name aliases unicode_names2 knows and CPython 3.11's `lookup` refuses (later than 14.0).\n")
w("pub(super) const REFUSED_ALIASES: &[&str] = &[\n")
for a in refused:
    w(f'    "{a}",\n')
w("];\n")
with open(os.path.join(HERE, "tables.rs"), "w") as f:
    f.write("".join(out))
print(f"tables.bin: {len(blob)} bytes; records {len(records)}, decomposition words "
      f"{len(decomp_words)}, compositions {len(compositions)}, 3.2 changes {changes_32}, "
      f"stringprep runs {len(runs)}, B.2 {len(b2_map)}, sequences {len(seqs)}, refused {len(refused)}")

# The sweep's expected digests (`tests.rs`): every property of every code point, one line
# each, SHA-256 per block of 0x1000 code points.
import hashlib
FORMS = [("NFC", U), ("NFD", U), ("NFKC", U), ("NFKD", U), ("NFKC", old)]
lines = []
for block in range(0, N, 0x1000):
    h = hashlib.sha256()
    for cp in range(block, block + 0x1000):
        c = chr(cp)
        opt = lambda v: "-" if v is None else str(v)
        num = U.numeric(c, None)
        norm = ""
        if not 0xD800 <= cp < 0xE000:
            for form, db in FORMS:
                n = db.normalize(form, c)
                if n != c:
                    norm += " ".join(f"{ord(x):x}" for x in n)
                norm += ";"
        line = (f"{cp:x};{U.category(c)};{U.bidirectional(c)};{U.combining(c)};"
                f"{U.east_asian_width(c)};{U.mirrored(c)};{opt(U.decimal(c, None))};"
                f"{opt(U.digit(c, None))};{'-' if num is None else repr(num)};"
                f"{U.decomposition(c)};{U.name(c, '')};{norm}\n")
        h.update(line.encode())
    lines.append(f"{block:x} {h.hexdigest()}\n")
with open(os.path.join(HERE, "sweep.txt"), "w") as f:
    f.write("# @generated by `python3 src/stdlib/unicodedata/gen_tables.py`: SHA-256 of every\n"
            "# code point's properties per block of 0x1000 (see `tests.rs`).\n")
    f.write("".join(lines))
