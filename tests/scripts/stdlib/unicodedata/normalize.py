# unicodedata.normalize / is_normalized in the four forms over strings that exercise
# decomposition, canonical reordering, blocked and unblocked composition, Hangul, singletons
# and composition exclusions.
import unicodedata as u

samples = [
    '', 'abc', '\u00e9', 'e\u0301', 'e\u0301\u0327', 'e\u0327\u0301', 'a\u0308\u0301',
    '\u1e08', 'C\u0327\u0301', 'C\u0301\u0327', '\u0041\u030a', '\u212b', '\u2126', '\u00c5\u0316',
    'q\u0307\u0323', '\u1e0b\u0323', 'd\u0323\u0307', '\u0344', '\u0958', '\u2fa1d',
    '\uac00', '\uac01', '\u1100\u1161', '\u1100\u1161\u11a8', '\u1100\u1161\u11a7',
    '\uac00\u11a8', '\u1100\u0301\u1161', '\ud7a3', '\u1112\u1175\u11c2', '\u1113\u1161',
    '\ufb01', '\u00bd', '\u2460', '\u3000', '\uff21\uff22', '\u1e9b\u0323', '\u0390',
    '\u0f73', '\u0f77', '\u0b47\u0b3e', '\u0b47\u0300\u0b3e', 'A\u0300\u0300', 'a\u05ae\u0300\u0301b',
    '\u0061\u0315\u0300\u05ae\u0300\u0062', '\u00e0\u05ae', '\u1d15e', '\U0001d15e', '\U0001d160',
    '\U0002f868', '\U0002f874', '\u0cc6\u0cc2\u0cd5', '\u0dd9\u0dcf\u0dca', '\u1b3a\u1b35',
    '\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f', '\u0592\u05b7\u05bc\u05a5\u05b0\u05c0\u05c4\u05ad',
    'Stra\u00dfe', '\u00c5ngstr\u00f6m \u212bngstr\u00f6m', '\u01c4\u01c5\u01c6', '\u0132\u0133',
    '\u3300', '\u33ff', '\u2157', '\u00a0\u2002', '\ufdfa', '\u1f80\u0345',
]
for s in samples:
    row = [ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    flags = ''.join('1' if u.is_normalized(f, s) else '0' for f in ('NFC', 'NFD', 'NFKC', 'NFKD'))
    print(ascii(s), *row, flags)

# A normalized argument comes back as itself.
s = 'already normal'
print(u.normalize('NFC', s) is s, u.normalize('NFKD', s) == s)


class S(str):
    pass


for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    for t in ('abc', '\u00e9', 'e\u0301', '\u0301', 'a\u0301\u0327', '\u1161', '\uac00', '\u00bd'):
        s = S(t)
        r = u.normalize(f, s)
        print(f, ascii(t), type(r).__name__, r is s)
