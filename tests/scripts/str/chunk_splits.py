# Splits at whitespace and at line breaks (str and bytes) over texts longer than pyrite's
# 1 MiB pass chunk (work_meter::TEXT_CHUNK), with a separator of several bytes (\r\n, a
# non-ASCII space or line break) placed across a chunk's edge at every offset. Every result
# must be CPython's whatever the chunking. At the end, comparisons of long bytes.
C = 1 << 20


def show(label, x):
    if isinstance(x, list):
        print(label, len(x), [len(p) for p in x[:3]], [len(p) for p in x[-3:]],
              [type(p).__name__ for p in x[:1]], repr(x[-1][-6:]) if x else '')
    else:
        print(label, repr(x))


for sep in ['\r\n', '\u3000', '\u2028', '\x85', '\x1c', '\r', ' \t ']:
    enc = sep.encode('utf-8')
    for shift in range(len(enc) + 1):
        s = 'x' * (C - shift) + sep + 'yé' * 3 + sep + 'z'
        tag = f'{sep!r} {shift}'
        show('splitlines ' + tag, s.splitlines())
        show('splitlines keep ' + tag, s.splitlines(True))
        show('split ' + tag, s.split())
        show('rsplit ' + tag, s.rsplit())
        show('split 1 ' + tag, s.split(None, 1))
        show('rsplit 1 ' + tag, s.rsplit(None, 1))
        b = s.encode('utf-8')
        show('b splitlines ' + tag, b.splitlines())
        show('b splitlines keep ' + tag, b.splitlines(True))
        show('b split ' + tag, b.split())
        show('b rsplit ' + tag, b.rsplit())
        show('ba rsplit 1 ' + tag, bytearray(b).rsplit(None, 1))

# Words and lines that span several chunks; ends of whitespace; maxsplit limits.
t = ' ' * 5 + 'w' * (3 * C) + '\u3000\n' + 'v' * (C + 3) + ' \x1f\x1c '
show('long split', t.split())
show('long rsplit', t.rsplit())
show('long split 0', t.split(None, 0))
show('long rsplit 0', t.rsplit(None, 0))
show('long lines', t.splitlines(True))
show('long b split', t.encode().split())
show('long b rsplit 1', t.encode().rsplit(maxsplit=1))
show('long b lines', t.encode().splitlines())
u = ('ab\r\n' * (C // 4 + 1))[:C + 1] + '\nend'
show('crlf lines', u.splitlines())
show('crlf b lines', u.encode().splitlines(keepends=True))
w = 'a' * (C + 1)
print('identity', w.splitlines()[0] is w, w.split()[0] is w, w.rsplit()[0] is w)


class S(str):
    pass


print('subclass', [type(p).__name__ for p in S('ab\ncd').splitlines() + S(w).splitlines()])
print('empty', [b''.split(), ''.splitlines(), b''.rsplit(), '  '.split(), ' \n'.splitlines()])

# Comparisons of long bytes and bytearrays, compared a chunk at a time: a difference just
# before, at and after a chunk's edge, and a shorter operand equal to a prefix.
base = b'k' * (3 * C)
for at in [C - 1, C, C + 1, 3 * C - 1]:
    other = base[:at] + b'l' + base[at + 1:]
    print('cmp', at, [base == other, base != other, base < other, bytearray(base) > other,
                      other <= base, base >= bytearray(other), memoryview(base) == other])
print('prefix', [base[:-1] < base, base[:-1] == base, bytearray(base) == base, base > base[:C]])
