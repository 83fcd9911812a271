# codecs.encode / codecs.decode: text encodings, transforms, and their errors.
import codecs


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: codecs.encode('caf\xe9'))
show(lambda: codecs.encode('caf\xe9', 'latin-1'))
show(lambda: codecs.decode(b'caf\xc3\xa9'))
show(lambda: codecs.decode(b'caf\xe9', encoding='cp1252'))
show(lambda: codecs.encode('a\u20acb', 'ascii', 'replace'))
show(lambda: codecs.encode('a\u20acb', 'ascii', errors='xmlcharrefreplace'))
show(lambda: codecs.decode(b'a\xffb', 'utf-8', 'backslashreplace'))
show(lambda: codecs.encode(1))
show(lambda: codecs.encode(b'a'))
show(lambda: codecs.decode('a'))
show(lambda: codecs.decode(1))
show(lambda: codecs.encode('a', 'nope'))
show(lambda: codecs.decode(b'a', 'nope'))
show(lambda: codecs.encode('a', 1))
show(lambda: codecs.encode('a', 'utf-8', 1))
show(lambda: codecs.encode('a\xff', 'ascii', 'nope'))
show(lambda: codecs.decode(b'a\xff', 'ascii', 'nope'))
show(lambda: codecs.encode('a\xff', 'ascii'))
show(lambda: codecs.decode(b'a\xff', 'ascii'))
# str-to-str and bytes-to-bytes codecs
show(lambda: codecs.encode('Hello, World!', 'rot13'))
show(lambda: codecs.decode('Uryyb', 'rot_13'))
show(lambda: codecs.encode(b'x', 'rot13'))
show(lambda: codecs.encode(b'\x00\xffabc', 'hex'))
show(lambda: codecs.decode(b'00ff616263', 'hex_codec'))
show(lambda: codecs.decode('00ff', 'hex'))
show(lambda: codecs.decode(b'616', 'hex'))
show(lambda: codecs.encode('abc', 'hex'))
show(lambda: codecs.encode(b'abc', 'base64'))
show(lambda: codecs.encode(bytes(range(100)), 'base64_codec'))
show(lambda: codecs.decode(b'YWJj\n', 'base64'))
show(lambda: codecs.decode(b'YWJ', 'base64'))
data = b'hello hello hello hello'
packed = codecs.encode(data, 'zlib')
print(packed, codecs.decode(packed, 'zlib_codec') == data)
show(lambda: codecs.decode(b'x\x9c', 'zlib'))
show(lambda: codecs.encode('x', 'hex', 'ignore'))
# the transforms are not text encodings
show(lambda: 'x'.encode('rot13'))
show(lambda: 'x'.encode('hex'))
show(lambda: b'x'.decode('hex'))
show(lambda: b'x'.decode('base64'))
show(lambda: str(b'x', 'zlib'))
