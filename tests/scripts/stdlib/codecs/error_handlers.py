# register_error / lookup_error, the built-in handler functions, and str.encode/bytes.decode
# calling a registered handler with a real UnicodeError.
import codecs


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def marker(exc):
    print('  handler:', type(exc).__name__, exc.encoding, repr(exc.object), exc.start, exc.end, exc.reason)
    return ('<%d-%d>' % (exc.start, exc.end), exc.end)


codecs.register_error('marker', marker)
show(lambda: b'a\xffb\xfe\xfdc'.decode('utf-8', 'marker'))
show(lambda: b'a\x80b'.decode('ascii', 'marker'))
show(lambda: b'a\x81b\x8dc'.decode('cp1252', 'marker'))
show(lambda: 'a\u1234\u1235b\u20ac'.encode('ascii', 'marker'))
show(lambda: 'a\u1234b'.encode('latin-1', 'marker'))
show(lambda: 'a\u1234b\u20ac'.encode('cp1252', 'marker'))
show(lambda: b'a\x00\x00'.decode('utf-16-le', 'marker'))
show(lambda: b'\\x4g'.decode('unicode_escape', 'marker'))
print(codecs.lookup_error('marker') is marker)

codecs.register_error('skip2', lambda e: ('', e.end + 1))
show(lambda: b'\xffab'.decode('ascii', 'skip2'))
show(lambda: '\xffab'.encode('ascii', 'skip2'))
codecs.register_error('back', lambda e: ('?', -1))
show(lambda: 'a\xffbc'.encode('ascii', 'back'))
codecs.register_error('bytes', lambda e: (b'\xfe\xff', e.end))
show(lambda: 'a\u1234z'.encode('ascii', 'bytes'))
show(lambda: 'a\u1234z'.encode('cp1252', 'bytes'))
show(lambda: b'a\xffz'.decode('ascii', 'bytes'))
codecs.register_error('unencodable', lambda e: ('\u1234', e.end))
show(lambda: 'a\xffz'.encode('ascii', 'unencodable'))
codecs.register_error('notuple', lambda e: 5)
show(lambda: b'\xff'.decode('ascii', 'notuple'))
show(lambda: '\xff'.encode('ascii', 'notuple'))
codecs.register_error('badpos', lambda e: ('x', 'y'))
show(lambda: b'\xff'.decode('ascii', 'badpos'))
codecs.register_error('far', lambda e: ('x', 100))
show(lambda: b'a\xff'.decode('ascii', 'far'))
show(lambda: 'a\xff'.encode('ascii', 'far'))
codecs.register_error('neg', lambda e: ('x', -100))
show(lambda: b'a\xff'.decode('ascii', 'neg'))


def raising(exc):
    raise KeyError('from handler')


codecs.register_error('raising', raising)
show(lambda: b'\xff'.decode('utf-8', 'raising'))
show(lambda: 'x'.encode('ascii', 'raising'))
show(lambda: codecs.register_error('x', 1))
show(lambda: codecs.register_error(1, marker))
show(lambda: codecs.lookup_error('no-such-handler'))
show(lambda: codecs.lookup_error(1))
show(lambda: 'a\xff'.encode('ascii', 'no-such-handler'))
show(lambda: b'a\xff'.decode('utf-8', 'no-such-handler'))
show(lambda: 'a'.encode('ascii', 'no-such-handler'))

enc = UnicodeEncodeError('ascii', 'a\u1234\u20acb', 1, 3, 'bad')
dec = UnicodeDecodeError('ascii', b'a\xff\xfeb', 1, 3, 'bad')
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    h = codecs.lookup_error(name)
    print(name, h.__name__)
    show(lambda: h(enc))
    show(lambda: h(dec))
show(lambda: codecs.replace_errors(ValueError('x')))
show(lambda: codecs.strict_errors(1))
show(lambda: codecs.ignore_errors('x'))
