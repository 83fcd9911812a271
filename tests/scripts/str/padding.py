# center/ljust/rjust/zfill of str and bytes: CPython's placement of the odd fill char, signs
# kept in front by zfill, non-ASCII fills, and results longer than pyrite's 1 MiB pass
# chunk (work_meter::TEXT_CHUNK), whose fill is written a chunk at a time.
C = 1 << 20

for s, w, f in [('a', 4, ' '), ('ab', 5, ' '), ('ab', 6, '*'), ('abc', 2, ' '), ('é', 4, 'ü'),
                ('', 3, '-'), ('abc', -1, ' '), ('日本', 5, '\u00b7'), ('ab', 7, '😀')]:
    print(repr(s), w, repr(f), [s.center(w, f), s.ljust(w, f), s.rjust(w, f)])
for s in ['-42', '+', '42', '', 'abc', '-', '--1', 'é', '+é', '+-3']:
    for w in [1, 3, 5]:
        print(repr(s), w, repr(s.zfill(w)), repr(s.encode().zfill(w)))
for b, w in [(b'ab', 5), (b'ab', 6), (b'a', 4), (b'', 3)]:
    print(b, w, [b.center(w, b'*'), b.ljust(w), bytearray(b).rjust(w, b'-')])


def show(label, x):
    print(label, type(x).__name__, len(x), repr(x[:6]), repr(x[C - 3:C + 3]), repr(x[-6:]), hash(bytes(x)) if not isinstance(x, str) else hash(x))


for n in [C - 1, C, C + 1, 3 * C + 7]:
    show(f'center {n}', 'xé'.center(n, '€'))
    show(f'center odd {n}', 'xéz'.center(n + 1, '-'))
    show(f'ljust {n}', 'abc'.ljust(n, '😀'))
    show(f'rjust {n}', ('q' * C).rjust(n + C))
    show(f'zfill {n}', '-7é'.zfill(n))
    show(f'b center {n}', b'xy'.center(n, b'.'))
    show(f'b ljust {n}', bytearray(b'xy').ljust(n))
    show(f'b rjust {n}', (b'q' * C).rjust(n + C, b'#'))
    show(f'b zfill {n}', b'+12'.zfill(n))
s = 'é' * C
print('same', s.center(C) is s, s.zfill(5) is s, len(s.center(C + 2)))
