# str.encode / bytes.decode with utf-8-sig, the charmap codecs and the escape codecs.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: b'\xef\xbb\xbf{"a": 1}'.decode('utf-8-sig'))
show(lambda: b'no mark'.decode('utf-8-sig'))
show(lambda: b'\xef\xbb\xbf\xef\xbb\xbfx'.decode('utf-8-sig'))
show(lambda: b'\xef\xbb\xbf\xffx'.decode('utf-8-sig'))
show(lambda: b'\xef\xbb'.decode('utf-8-sig'))
show(lambda: 'x'.encode('utf-8-sig'))
show(lambda: ''.encode('utf_8_sig'))
show(lambda: b'\xef\xbb\xbf\xffx'.decode('utf-8-sig', 'replace'))

every = bytes(range(256))
for enc in ['cp1252', 'cp1250', 'cp1251', 'cp437', 'cp850', 'cp866', 'iso8859-2', 'iso8859-5',
            'iso8859-7', 'iso8859-15', 'koi8-r', 'koi8-u', 'mac-roman', 'cp037', 'iso8859-11', 'tis-620']:
    text = every.decode(enc, 'replace')
    back = text.encode(enc, 'replace')
    print(enc, len(text), text.count('\ufffd'), ascii(text[128:160]), sum(back) % 9973)
show(lambda: b'abc\x81'.decode('cp1252'))
show(lambda: b'\x81\x8d\x8f'.decode('windows-1252'))
show(lambda: b'a\x81b'.decode('cp1252', 'replace'))
show(lambda: b'a\x81b'.decode('cp1252', 'ignore'))
show(lambda: b'a\x81b'.decode('cp1252', 'backslashreplace'))
show(lambda: b'a\x81b'.decode('cp1252', 'xmlcharrefreplace'))
show(lambda: 'caf\xe9 \u20ac\u2014'.encode('cp1252'))
show(lambda: 'a\u1234b'.encode('cp1252'))
show(lambda: 'a\u1234\u1235b'.encode('cp1252'))
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    show(lambda: 'a\u1234\U0001f600b'.encode('cp1252', errors))
    show(lambda: 'a\u1234b'.encode('cp037', errors))
show(lambda: '\u2500\u2502\u250c'.encode('cp437'))
show(lambda: b'\xc1\xc2\xd7'.decode('koi8-r'))
show(lambda: '\u041f\u0440\u0438\u0432\u0435\u0442'.encode('koi8_r'))
show(lambda: b'\x80\x8e\xa5'.decode('macroman'))
show(lambda: b'\xa4'.decode('latin-9'))
show(lambda: str(b'\x80', 'cp1252'))
show(lambda: str(b'\x81', encoding='cp1252', errors='strict'))

# unicode_escape and raw_unicode_escape
show(lambda: 'a\\\'"\t\n\r\x00\x7f\xe9\u20ac\U0001f600'.encode('unicode_escape'))
show(lambda: 'a\\\'"\t\n\r\x00\x7f\xe9\u20ac\U0001f600'.encode('raw_unicode_escape'))
show(lambda: b'a\\tb\\n\\\\c\\\'\\"\\x41\\u00e9\\U0001f600\\N{BULLET}\\101\\0'.decode('unicode_escape'))
show(lambda: b'\\a\\b\\f\\v\\\nx\\d\xe9'.decode('unicode_escape'))
for bad in [b'\\x4', b'\\x4g', b'\\u12', b'\\U001', b'\\U0011ffff', b'\\N{NO SUCH NAME}',
            b'\\N{BULL', b'\\N', b'\\Nx', b'\\N{}', b'ab\\']:
    show(lambda: bad.decode('unicode_escape'))
    show(lambda: bad.decode('unicode_escape', 'replace'))
    show(lambda: bad.decode('unicode_escape', 'backslashreplace'))
for raw in [b'\\u00e9\\U0001f600', b'\\x41\\n', b'\\\\u1234', b'\\\\\\u1234', b'a\\', b'\xff',
            b'\\u12', b'\\u12x', b'\\U0011ffff']:
    show(lambda: raw.decode('raw_unicode_escape'))
    show(lambda: raw.decode('raw-unicode-escape', 'replace'))
