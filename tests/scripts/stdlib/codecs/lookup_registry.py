# codecs.lookup, CodecInfo, search functions and the BOM constants.
import codecs


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_LE, codecs.BOM_BE)
print(codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16, codecs.BOM_UTF32 in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))
info = codecs.lookup('UTF8')
print(type(info).__name__, info.name, isinstance(info, tuple), len(info))
print(repr(info).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))
print(info[0] is info.encode, info[1] is info.decode, info[2] is info.streamreader, info[3] is info.streamwriter)
print(codecs.lookup('utf-8') is codecs.lookup('utf-8'))
for name in ['latin-1', 'Latin_1', 'ISO-8859-1', 'cp1252', 'windows-1252', 'cp437', 'IBM850',
             'iso8859_15', 'latin-9', 'koi8-r', 'mac-roman', 'macroman', 'utf-8-sig', 'utf_16',
             'UTF-16LE', 'utf-32-be', 'unicode_escape', 'raw-unicode-escape', 'ascii', 'us-ascii',
             'rot13', 'rot_13', 'hex', 'hex_codec', 'base64', 'base_64', 'zlib', 'zip']:
    print(name, '->', codecs.lookup(name).name)
show(lambda: codecs.lookup('no-such-codec'))
show(lambda: codecs.lookup(1))
show(lambda: codecs.lookup(b'utf-8'))
print(codecs.lookup('utf-8').encode('caf\xe9'), codecs.lookup('latin-1').decode(b'caf\xe9'))
show(lambda: codecs.lookup('cp1252').encode(1))
show(lambda: codecs.lookup('latin-1').encode(1))
show(lambda: codecs.lookup('utf-8-sig').encode(b'x'))
show(lambda: codecs.lookup('utf-8').decode('x'))
show(lambda: codecs.lookup('unicode_escape').decode('a\\tb'))
print(codecs.getencoder('utf-16-le')('ab'), codecs.getdecoder('cp1252')(b'\x80\x93'))


# Search functions: consulted after pyrite's own codecs, with the normalised name.
def search(name):
    print('search', repr(name))
    if name == 'upper_codec':
        return codecs.CodecInfo(
            lambda s, errors='strict': (s.upper().encode('ascii'), len(s)),
            lambda b, errors='strict': (bytes(b).decode('ascii').lower(), len(b)),
            name='upper-codec')
    if name == 'four':
        return (1, 2, 3, 4)
    if name == 'bad':
        return 'nope'
    return None


codecs.register(search)
print(codecs.encode('abc', 'Upper Codec'), codecs.decode(b'ABC', 'upper_codec'))
print(codecs.lookup('upper codec').name)
print(codecs.lookup('Upper Codec') is codecs.lookup('upper_codec'))
show(lambda: codecs.lookup('A.B Other'))
show(lambda: codecs.lookup('four'))
show(lambda: codecs.lookup('bad'))
codecs.unregister(search)
codecs.unregister(search)
show(lambda: codecs.lookup('upper_codec'))
show(lambda: codecs.register(1))
ci = codecs.CodecInfo(None, None, name='x')
print(ci.name, ci.incrementalencoder, ci.incrementaldecoder, ci._is_text_encoding)
print(codecs.CodecInfo(None, None, _is_text_encoding=False)._is_text_encoding)
