# Normalization over long runs of consecutive code points (neighbours interact: reordering
# and composition across characters), digested, in the four forms.
import hashlib
import unicodedata as u

ranges = [(0x20, 0x800), (0x900, 0xe00), (0xf00, 0x1100), (0x1100, 0x1200), (0x1e00, 0x2200),
          (0x2f00, 0x3400), (0xa000, 0xa100), (0xac00, 0xad00), (0xf900, 0xfb50), (0xfe00, 0x10000),
          (0x1d100, 0x1d200), (0x2f800, 0x2fa20)]
for lo, hi in ranges:
    s = ('%c' * (hi - lo)) % tuple(range(lo, hi))
    rev = s[::-1]
    out = []
    for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        a, b = u.normalize(f, s), u.normalize(f, rev)
        out.append(hashlib.sha256((a + '|' + b).encode('utf-8', 'surrogatepass')).hexdigest()[:16])
        out.append(str(len(a)))
    print(hex(lo), *out)
