s = 'héllo wörld €'
for enc in ['utf-8', 'UTF-8', 'utf8', 'u8', 'utf_8', 'Utf-8', 'latin-1', 'latin1', 'iso-8859-1', 'ISO8859-1', 'l1', 'ascii', 'us-ascii', 'US_ASCII', '646', 'cp65001']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, 'UnicodeEncodeError', e, e.start, e.end, e.reason, e.encoding, repr(e.object))
print('abc'.encode(), 'é'.encode(encoding='latin-1'), '😀'.encode(), '😀'.encode('ascii', 'backslashreplace'), '😀'.encode('latin-1', 'namereplace'))
data = b'caf\xc3\xa9 \xff\xfe end \xe2\x82'
for enc in ['utf-8', 'ascii', 'latin-1']:
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace']:
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, 'UnicodeDecodeError', e, e.start, e.end, e.reason, e.encoding, e.object)
print(b'abc'.decode(), bytearray(b'\xc3\xa9').decode(), b'x'.decode(encoding='ascii'), b'\xe9'.decode('latin-1'), str(b'\xe2\x82\xac', 'utf-8'), str(bytearray(b'hi'), encoding='ascii'))
print(str(b'abc'), str(bytearray(b'x')), str(b'a\xffb', 'ascii', 'replace'), str(b'', 'utf-8'), str(encoding='utf-8'), str(b'q', errors='strict'))
for bad in [b'\xff', b'\xc3', b'\xc3\x28', b'\xe2\x28\xa1', b'\xf0\x90\x28', b'\xed\xa0\x80', b'\xc0\xaf', b'\xf8', b'ab\xe2\x82', b'\x80abc', b'\xf4\x90\x80\x80']:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(bad, e, e.args)
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: b'a'.decode('xyz'))
check(lambda: 'a'.encode('no-such-codec'))
check(lambda: b'\xff'.decode('utf-8', 'bogus'))
check(lambda: b'a'.decode('utf-8', 'bogus'))
check(lambda: 'é'.encode('ascii', 'bogus'))
check(lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
check(lambda: b'a'.decode(1))
check(lambda: b'a'.decode('utf-8', 1))
check(lambda: 'a'.encode(1))
check(lambda: str(1, 'utf-8'))
check(lambda: str('a', 'utf-8'))
check(lambda: str(b'a', 1))
check(lambda: b'a'.decode(x=1))
check(lambda: 'é'.encode('ascii', 'surrogateescape'))
try:
    'naïve café'.encode('ascii')
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)
e = UnicodeDecodeError('utf-8', b'\x00\xff', 1, 2, 'custom reason')
print(e, repr(e.args))
'€'.encode('latin-1')
