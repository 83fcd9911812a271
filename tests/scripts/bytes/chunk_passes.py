# bytes/bytearray methods over operands longer than pyrite's 1 MiB pass chunk
# (work_meter::TEXT_CHUNK), with what could go wrong at a chunk's edge placed across it: title
# and istitle state, capitalize's first byte, strip runs, hex separator groups, insertions of
# replace('', ...). Every result must be CPython's whatever the chunking.
C = 1 << 20


def show(label, x):
    if isinstance(x, (str, bytes, bytearray)):
        h = hash(bytes(x)) if isinstance(x, bytearray) else hash(x)
        print(label, type(x).__name__, len(x), h, repr(x[:12]), repr(x[C - 8:C + 8]), repr(x[-12:]))
    else:
        print(label, repr(x))


# A word straddles the first chunk edge.
b = b'x' * (C - 2) + b'aBcD eF' + b'gh IJ' * 1000
for x in [b, bytearray(b)]:
    for name in ['upper', 'lower', 'swapcase', 'title', 'capitalize']:
        show(name, getattr(x, name)())
    for name in ['isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isupper', 'isspace', 'istitle']:
        show(name, getattr(x, name)())
t = b.title()
show('istitle of title', t.istitle())
show('istitle broken past the edge', (t[:C] + b'A' + t[C + 1:]).istitle())
show('islower upper past the edge', (b'a' * C + b'bC').islower())
show('isupper', (b'A' * (C + 5)).isupper())
show('isdigit fails past the edge', (b'1' * C + b'2x').isdigit())
show('isspace', (b' \t\n' * C).isspace())
show('isascii high past the edge', (b'a' * (C + 1) + b'\x80').isascii())

# strip runs across edges.
w = b' ' * (C + 3) + b'core' + b'\t' * (2 * C + 1)
for x in [w, bytearray(w)]:
    show('strip', x.strip())
    show('lstrip', x.lstrip())
    show('rstrip', x.rstrip())
show('strip chars', (b'ab' * C + b'c' + b'ba' * C).strip(b'ab'))
show('strip all', (b'ab' * C).strip(b'ba'))
show('rstrip all', (b'ab' * C).rstrip(b'ba'))

# hex groups across the edges of the chunks of the result.
h = bytes(range(256)) * (C // 256 + 7)
for args in [(), (':',), ('-', 2), ('-', -2), ('.', 5), ('.', -7), (b'|', 3)]:
    show('hex %r' % (args,), h.hex(*args))
show('hex bytearray', bytearray(h[:C + 1]).hex(' ', 4))

# translate.
show('translate', h.translate(bytes.maketrans(b'abc', b'xyz')))
show('translate delete', h.translate(None, b'\x00\xff'))
show('translate bytearray', bytearray(h).translate(bytes.maketrans(b'\x01', b'!'), b'a'))

# replace('', ...): insertions around every byte, with counts around the chunk edges.
r = b'ab' * (C // 2 + 3)
for args in [(b'-',), (b'<>',), (b'-', C - 1), (b'-', C), (b'-', C + 1), (b'', 5), (b'+' * 100, 9)]:
    show('replace %r' % (args[0][:3],) + ' %r' % (args[1:],), r.replace(b'', *args))
show('replace long new', b'abc'.replace(b'', b'y' * (C + 5)))
show('replace long new count', b'abc'.replace(b'', b'y' * (C + 5), 2))
show('replace bytearray', bytearray(r).replace(b'', b'.', 7))

# str replace('', ...) around multi-byte chars across edges.
s = 'a' * (C - 1) + 'é€😀' * 1000
for args in [('-',), ('é',), ('-', C - 1), ('-', C), ('-', C + 2), ('', 3)]:
    show('str replace %r' % (args,), s.replace('', *args))
show('str replace long new', 'a😀'.replace('', 'é' * (C + 1)))
