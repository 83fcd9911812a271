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

# unicode_escape and raw_unicode_escape: escapes of every length straddling the first chunk
# edges (a backslash as the last byte of a chunk, digits cut by an edge), a \N{...} name
# across one, and errors past them at their global positions.
for k in range(12):
    pre = b'a' * (C - k)
    for esc in [b'\\x41', b'\\u20ac', b'\\U0001f600', b'\\N{EM DASH}', b'\\101', b'\\\n', b'\\q']:
        d = (pre + esc + b'z').decode('unicode_escape')
        print('unicode_escape edge', k, ascii(esc), len(d), ascii(d[-3:]))
    for esc in [b'\\u20ac', b'\\U0001f600', b'\\x41']:
        d = (pre + esc + b'z').decode('raw_unicode_escape')
        print('raw_unicode_escape edge', k, ascii(esc), len(d), ascii(d[-3:]))
eb = b'a' * (C - 2) + b'\\x4' + b'g' * C + b'\\N{NO SUCH NAME}' + b'\\U00110000' + b'\\u12' + b'c' * 5
for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
    attempt('unicode_escape decode ' + errors, lambda: eb.decode('unicode_escape', errors))
rb = b'a' * (C - 3) + b'\\u12x' + b'b' * C + b'\\U00110000' + b'c' * 3
for errors in ['strict', 'replace', 'ignore']:
    attempt('raw_unicode_escape decode ' + errors, lambda: rb.decode('raw_unicode_escape', errors))
attempt('unicode_escape open name', lambda: (b'a' * C + b'\\N{' + b'x' * (C + 7)).decode('unicode_escape'))
import codecs
for k in range(4):
    cut = b'a' * (C - k) + b'\\U0001f6'
    print('escape_decode partial', k, ascii(codecs.unicode_escape_decode(cut, 'strict', False)[1]))
    print('raw partial', k, codecs.raw_unicode_escape_decode(b'a' * (C - k) + b'\\u12', 'strict', False)[1])
# Encoding: escapes of every width around the edges, both codecs.
es = ''.join('y' * (C // 4 - 1 + (k % 5)) + ch for k, ch in enumerate('\t\\\xe9\u20ac\U0001f600\n\x7f' * 2))
for enc in ['unicode_escape', 'raw_unicode_escape']:
    e = es.encode(enc)
    show(enc + ' encode', e)
    print(enc, 'round trip', e.decode(enc) == es)

# idna: a domain of many labels past the chunk edges, a long plain label, an error in a label
# past an edge.
# (Built by repetition: a script runs under gc_zeal too, where each small object costs a
# collection.)
dom = 'ab.' * 300000 + 'l99'
show('idna encode ascii', dom.encode('idna'))
show('idna decode ascii', dom.encode('ascii').decode('idna'))
udom = ('b\xfccher.' + 'l1.' * 6) * 20000 + 'end'
ue = udom.encode('idna')
show('idna encode', ue)
print('idna round trip', ue.decode('idna') == udom)
attempt('idna decode long label', lambda: (b'xn--bcher-kva.' + b'a' * (C + 10)).decode('idna'))
attempt('idna decode late error', lambda: (b'xn--bcher-kva.' + b'a' * (C + 10) + b'\xff').decode('idna'))
try:
    (dom + '.' + 'x' * 64).encode('idna')
except UnicodeError as e:
    print('idna encode late long label', e)
attempt('idna decode many ace labels', lambda: ('xn--bcher-kva.' * 100000 + 'xn--bcher-kva..').encode('ascii').decode('idna'))
