# Incremental encoders and decoders, iterencode/iterdecode.
import codecs


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


text = 'a\xe9\u20ac\U0001f600z'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'latin-1', 'cp1252', 'unicode_escape', 'raw_unicode_escape']:
    data = codecs.encode(text, enc, 'backslashreplace')
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(dec.decode(b'', True))
    print(enc, data, pieces, ''.join(pieces) == codecs.decode(data, enc))

dec = codecs.getincrementaldecoder('utf-8')()
show(lambda: dec.decode(b'\xe2\x82'))
print(dec.getstate())
show(lambda: dec.decode(b'', final=True))
dec.reset()
show(lambda: dec.decode(b'\xe2\x82\xac'))
show(lambda: dec.decode(b'\xff'))
dec = codecs.getincrementaldecoder('utf-8')('replace')
show(lambda: dec.decode(b'a\xe2'))
show(lambda: dec.decode(b'\x82', True))
dec = codecs.getincrementaldecoder('utf-16')()
show(lambda: dec.decode(b'\xff'))
show(lambda: dec.decode(b'\xfea\x00=\xd8'))
show(lambda: dec.decode(b'\x00\xde', True))
dec = codecs.getincrementaldecoder('unicode_escape')()
show(lambda: dec.decode(b'a\\'))
show(lambda: dec.decode(b'x4'))
show(lambda: dec.decode(b'1\\N{BUL'))
show(lambda: dec.decode(b'LET}', True))

enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'), enc.encode('', True))
enc.reset()
print(enc.encode('c'))
enc = codecs.getincrementalencoder('cp1252')('replace')
print(enc.encode('\u20ac\u1234'), enc.getstate())
enc = codecs.getincrementalencoder('utf-8-sig')()
print(enc.encode('a'), enc.encode('b'))

print(list(codecs.iterencode(['a', '\u20ac', '', 'b'], 'utf-8')))
print(list(codecs.iterencode(['a', 'b'], 'utf-16-le')))
print(list(codecs.iterdecode([b'\xe2', b'\x82', b'\xac', b'x'], 'utf-8')))
print(list(codecs.iterdecode([b'\xef\xbb', b'\xbfhi'], 'utf-8-sig')))
show(lambda: list(codecs.iterdecode([b'a', b'\xe2'], 'utf-8')))
show(lambda: codecs.getincrementalencoder('nope'))
