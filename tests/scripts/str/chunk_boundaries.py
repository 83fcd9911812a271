# Text methods over texts longer than pyrite's 1 MiB pass chunk (work_meter::TEXT_CHUNK),
# with what could go wrong at a chunk's edge placed across it: multi-byte characters, final
# sigmas and their case-ignorable context, matches of count/find/replace/split, title state,
# tab columns. Every result must be CPython's whatever the chunking.
C = 1 << 20


def show(label, x):
    if isinstance(x, (str, bytes, bytearray)):
        h = hash(x) if not isinstance(x, bytearray) else hash(bytes(x))
        print(label, type(x).__name__, len(x), h, repr(x[:12]), repr(x[C - 8:C + 8]), repr(x[-12:]))
    elif isinstance(x, list) and x and isinstance(x[0], (str, bytes, bytearray)):
        print(label, len(x), [len(p) for p in x[:4]], [len(p) for p in x[-4:]], repr(x[1][:8]) if len(x) > 1 else '')
    else:
        print(label, repr(x))


# A 2-byte char straddles the first chunk edge; a 3- and a 4-byte char sit past it.
s = 'a' * (C - 1) + 'é' + 'b€c😀' * 100 + 'ab' * 50
show('mixed', s)
for name in ['upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize']:
    show(name, getattr(s, name)())
for name in ['isalpha', 'isalnum', 'islower', 'isupper', 'istitle', 'isprintable', 'isascii', 'isidentifier']:
    show(name, getattr(s, name)())
show('count b€', s.count('b€'))
show('count é', s.count('é'))
show('find é', s.find('é'))
show('find aé', s.find('aé'))
show('rfind aé', s.rfind('aé'))
show('index €c', s.index('€c'))
show('rindex a', s.rindex('a'))
show('in aé', 'aé' in s)
show('in ab€', 'ab€' in s)
show('replace aé', s.replace('aé', 'XY'))
show('replace a', s.replace('a', 'b'))
show('replace a 3', s.replace('a', 'Zz', 3))
show('replace é€', s.replace('é', '€'))
show('replace x', s.replace('x', 'y') is s)
show('split é', s.split('é'))
show('split aé', s.split('aé'))
show('rsplit a 2', s.rsplit('a', 2))
show('split b€', s.split('b€'))
show('partition aé', [len(p) for p in s.partition('aé')])
show('rpartition a', [len(p) for p in s.rpartition('a')])
show('encode', s.encode())
show('decode', s.encode().decode())
show('eq', s == s[:C] + s[C:])
show('lt', s < s[:C] + 'b')
show('gt', s > s[:-1])
show('rev', s[::-1])
show('step3', s[1::3])
show('concat', s + s)
show('repeat', s * 2)
show('join', '|é|'.join([s, s, 'x']))
show('strip a', s.strip('a'))
show('rstrip b', s.rstrip('ab'))
show('lstrip', ('a' * (C + 5) + 'xé').lstrip('a'))

# The edge of a chunk of a plain ASCII text is at exactly C: a needle across it.
t = 'x' * (C - 2) + 'NEEDLE' + 'y' * 10
show('ascii find', t.find('NEEDLE'))
show('ascii count', t.count('EDL'))
show('ascii replace', t.replace('NEEDLE', 'n'))
show('ascii split', t.split('EE'))
show('ascii isalpha', t.isalpha())
show('ascii upper', t.upper())
show('ws split', (('w ' * (C // 2 - 1)) + 'long word   tail').split())

# Final sigma: the rule looks back and forward through case-ignorable chars, across the edge.
for k in [-5, -3, -2, -1, 0, 1, 2]:
    # The sigma starts at byte C + k (after ASCII), or near it (after 2-byte Greek).
    u = ('a' * (C + k) if k % 2 else 'Α' * ((C + k) // 2)) + 'Σ' + "'" * 4 + ' Σ' + 'Α' * 10 + "Σ'"
    print('sigma', k, [u.lower().count(c) for c in 'σς'], [u.title().count(c) for c in 'σς'],
          [u.swapcase().count(c) for c in 'σς'], [u.capitalize().count(c) for c in 'σς'],
          hash(u.lower()), hash(u.casefold()))
# A cased char, then case-ignorable chars running over the edge, then the sigma.
v = 'Α' + "'" * (C + 3) + 'Σ.'
print('sigma far', [v.lower().count(c) for c in 'σς'], hash(v.lower()))
v = 'Α' + "'" * (C - 3) + 'Σ' + "'" * (C + 3) + 'b'
print('sigma far after', [v.lower().count(c) for c in 'σς'], hash(v.lower()))

# title() and istitle() carry "previous is cased" over the edge.
w = 'A' + 'b' * (C - 2) + 'Cd Ef'
show('title', w.title())
show('istitle', w.istitle())
show('istitle ok', ('A' + 'b' * (C - 2) + ' Cd').istitle())

# expandtabs: columns carry over the edge.
e = 'ab\t' * (C // 3) + 'x\tyz\n\tq'
show('expandtabs', e.expandtabs())
show('expandtabs 3', e.expandtabs(3))
e2 = 'é\tb€' * (C // 6) + '\r\t😀\t'
show('expandtabs wide', e2.expandtabs(4))
show('strip one', ('0' * (C + 3) + '12' + '0' * (C + 1)).strip('0'))
show('rstrip one', ('x' + '0' * (C + 1)).rstrip('0'))

# Wide chars for the hash's storage width.
for ch in ['ÿ', 'Ā', '😀']:
    h = 'a' * C + ch
    print('hash', len(h), hash(h), hash(h[1:]), h[1:] == h[1:C + 1])

# bytes and bytearray forms.
b = b'a' * (C - 1) + b'XY' + b'b' * 100
for x in [b, bytearray(b)]:
    show('b upper', x.upper())
    show('b count', x.count(b'XY'))
    show('b find', x.find(b'aXY'))
    show('b rfind', x.rfind(b'aX'))
    show('b in', b'aXYb' in x)
    show('b replace', x.replace(b'XY', b'--'))
    show('b replace a', x.replace(b'a', b'b'))
    show('b replace grow', x.replace(b'Y', b'YYY'))
    show('b split', x.split(b'XY'))
    show('b rsplit', x.rsplit(b'a', 1))
    show('b partition', [len(p) for p in x.partition(b'XY')])
    show('b concat', x + x)
    show('b repeat', x * 3)
    show('b join', b'-'.join([b, b]))
    show('b decode', x.decode())
    show('b isalpha', x.isalpha())
show('b hash', hash(b))
bad = b'a' * (C - 1) + 'é'.encode() + b'\xff' + b'z'
show('decode replace', bad.decode('utf-8', 'replace'))
try:
    bad.decode()
except UnicodeDecodeError as ex:
    print('decode error', ex.start, ex.end, ex.reason)
show('ascii encode', ('q' * (C + 7)).encode('ascii'))
show('latin encode', ('q' * (C + 7) + 'ÿ').encode('latin-1'))

# Lists and tuples long enough to be copied in several chunks.
L = list(range(C // 4)) * 2
print('list', len(L + L), len(L * 3), (L * 3)[-1], len(L[::-3]), L[::-3][:3], len(tuple(L) + tuple(L)), tuple(L)[::7][-1])
