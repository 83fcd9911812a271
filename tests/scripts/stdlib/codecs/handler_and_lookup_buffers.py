# What an error handler may return as a replacement, and what unicodedata.lookup accepts:
# CPython's PyUnicode_Check/PyBytes_Check (subclasses too) and `s#` (str, or bytes and its
# subclasses; other buffers, strided or released views among them, refused unread).
import codecs
import unicodedata


class B(bytes):
    pass


class S(str):
    pass


for r in [b'XY', B(b'XY'), S('Q'), bytearray(b'XY'), memoryview(b'XY'), memoryview(b'XYZW')[::2], 7]:
    codecs.register_error('t', lambda e, r=r: (r, e.end))
    for text, enc in [('aé', 'ascii'), ('€b', 'latin-1'), ('xé€', 'cp1252')]:
        try:
            print(type(r).__name__, enc, text.encode(enc, 't'))
        except Exception as e:
            print(type(r).__name__, enc, type(e).__name__, e)
    try:
        print(type(r).__name__, b'a\xff'.decode('ascii', 't'))
    except Exception as e:
        print(type(r).__name__, 'decode', type(e).__name__, e)

released = memoryview(b'LATIN SMALL LETTER A')
released.release()
names = [
    'LATIN SMALL LETTER A',
    S('LATIN SMALL LETTER B'),
    b'LATIN SMALL LETTER C',
    B(b'LATIN SMALL LETTER D'),
    bytearray(b'LATIN SMALL LETTER E'),
    memoryview(b'LATIN SMALL LETTER F'),
    memoryview(b'LxAxTxIxNx xSxMxAxLxLx xLxExTxTxExRx xGx')[::2],
    released,
    'x' * 257,
    b'x' * 257,
    'x' * 256,
    'LATIN SMALL LETTER \xe9',
    b'\xff\xfe',
    None,
    5,
]
for n in names:
    try:
        print(type(n).__name__, ascii(unicodedata.lookup(n)))
    except Exception as e:
        print(type(n).__name__, type(e).__name__, str(e)[:80])
