# Codecs other than UTF-8 over inputs longer than pyrite's 1 MiB pass chunk
# (work_meter::TEXT_CHUNK), which it encodes and decodes a metered chunk at a time: errors
# placed past a chunk edge must be reported at their global positions, and units split by a
# chunk edge (surrogate pairs, UTF-32 code units) decoded as if unsplit.
C = 1 << 20


def show(label, x):
    if isinstance(x, (str, bytes)):
        print(label, type(x).__name__, len(x), hash(x), ascii(x[:6]), ascii(x[-6:]))
    else:
        print(label, ascii(x))


def attempt(label, f):
    try:
        show(label, f())
    except UnicodeError as e:
        print(label, type(e).__name__, e.start, e.end, e.reason, ascii(e.object[e.start:e.start + 4]))


# ASCII, Latin-1 and cp1252 decoding, an error just past each of the first chunk edges.
b = b'a' * (C + 5) + b'\x81\xe9' + b'b' * (C - 1) + b'\xff' + b'c' * 10
for enc in ['ascii', 'latin-1', 'cp1252', 'iso8859-5']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        attempt(enc + ' decode ' + errors, lambda: b.decode(enc, errors))

# Encoding to 8-bit codecs, unencodable chars past the edges.
s = 'a' * (C + 3) + '\u20ac\u0416' + 'é' * 5 + 'y' * C + '\U0001f600' + 'z' * 7
for enc in ['ascii', 'latin-1', 'cp1252']:
    for errors in ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
        attempt(enc + ' encode ' + errors, lambda: s.encode(enc, errors))

# UTF-16 and UTF-32: astral chars (surrogate pairs) across every plausible edge, both orders.
t = ''.join(('x' * (C // 8 - 1 + (k % 3))) + '\U0001f600' for k in range(1, 12)) + 'end'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    e = t.encode(enc)
    show(enc + ' encode', e)
    d = e.decode(enc)
    print(enc, 'round trip', d == t, len(d))

# UTF-16 errors past an edge: a lone low surrogate, a high one without its pair, a truncated
# tail; UTF-32 values out of range.
u = 'a' * (C // 2 + 1)
b16 = u.encode('utf-16-le') + b'\x00\xdc' + u.encode('utf-16-le') + b'\x3d\xd8' + b'A\x00' + b'q'
for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
    attempt('utf-16-le decode ' + errors, lambda: b16.decode('utf-16-le', errors))
b32 = u.encode('utf-32-be') + b'\x00\x11\x00\x00' + u.encode('utf-32-be') + b'\x00\x00\xd8\x00' + b'\x00'
for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
    attempt('utf-32-be decode ' + errors, lambda: b32.decode('utf-32-be', errors))
