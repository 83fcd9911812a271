# Differential sweep: decoding pseudo-random byte strings, encoding with every handler, %-formats.
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % (2**31)
    return seed >> 8
interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x90, 0x8f]
for trial in range(400):
    n = rnd() % 7
    data = bytes(interesting[rnd() % len(interesting)] for _ in range(n))
    out = []
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
        for enc in ('utf-8', 'ascii', 'latin-1'):
            try:
                out.append(repr(data.decode(enc, errors)))
            except UnicodeDecodeError as e:
                out.append(str(e))
    print(data, out)
texts = ['', 'abc', 'é', 'aé€😀b', '\x7f\x80\xff\u0100', 'ÿ\u0100ÿ', 'ab\u20acc\u20acd']
for t in texts:
    for enc in ('utf-8', 'ascii', 'latin-1'):
        for errors in ('strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace'):
            try:
                print(t.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(e)
vals = [0, 1, -1, 255, 3.5, -2.25, 1e10, b'x', bytearray(b'yz'), 'str', [1], None, True, 2**70]
for spec in ['%d', '%5d', '%-5d|', '%x', '%#X', '%o', '%c', '%s', '%r', '%a', '%5.1f', '%e', '%g', '%10s', '%-6b|', '%.1s', '%+d', '%05.1f', '%i', '%u']:
    row = []
    for v in vals:
        try:
            row.append(spec.encode() % (v,))
        except Exception as e:
            row.append(type(e).__name__ + ':' + str(e))
    print(spec, row)
