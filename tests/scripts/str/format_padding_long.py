# Paddings longer than pyrite's 1 MiB pass chunk (work_meter::TEXT_CHUNK), written a chunk at
# a time: widths around the chunk edges, multi-byte fill chars (whose chunks hold fewer
# chars), every alignment, sign-aware zero padding, grouped zero padding, `%` and bytes `%`
# formatting, f-strings and str.format. Each result is summarised (length, hash, head, the
# text around the first chunk edge, tail): it must be CPython's whatever the chunking.
C = 1 << 20


def show(label, x):
    h = hash(x)
    print(label, type(x).__name__, len(x), h, repr(x[:10]), repr(x[C // 2 - 4:C // 2 + 4]),
          repr(x[C - 6:C + 6]), repr(x[-10:]))


for w in [C - 3, C - 1, C, C + 1, C + 5, 2 * C + 3]:
    show('d>%d' % w, '%*d' % (w, -42))
    show('d<%d' % w, '%-*d' % (w, 42))
    show('d0%d' % w, '%0*d' % (w, -42))
    show('.d%d' % w, '%.*d' % (w, 42))
    show('f+0%d' % w, '%+0*.3f' % (w, 2.5))
    show('s%d' % w, '%*s' % (w, 'é€😀'))
    show('b%d' % w, b'%*d' % (w, -7))
    show('b-%d' % w, b'%-*s' % (w, b'\xe9x'))

for w in [C - 1, C, C + 1, C // 2 + 1, (C // 3) + 2]:
    for spec in ['>', '<', '^', '=']:
        show('int %s%d' % (spec, w), format(-1234, spec + str(w)))
    for fill in ['*', 'é', '€', '😀']:
        for spec in ['<', '>', '^']:
            show('str %s%s%d' % (fill, spec, w), format('ab€', fill + spec + str(w)))
        show('int %s=%d' % (fill, w), format(-99, fill + '=+' + str(w)))
    show('0f %d' % w, format(-1.5, '0%d.3f' % w))
    show('0, %d' % w, format(-1234567, '0%d,' % w))
    show('0_x %d' % w, format(255, '#0%d_x' % w))
    show('0,f %d' % w, format(1234.5, '0%d,.2f' % w))
    show('fstr %d' % w, f'{"x":é^{w}}|{3:0{w}}')
    show('str.format %d' % w, '{:😀<{}}{:>{}}'.format('q', w, 7, 3))
    show('ljust+pct %d' % w, '%s|%*d' % ('é' * 3, w, 5))

# Precision cuts of long texts.
t = 'é€' * C
show('cut', '%.*s' % (C + 1, t))
show('cut fmt', format(t, '.%d' % (C - 1)))
show('cut pad', format(t, '*>%d.%d' % (2 * C + 7, C + 3)))
show('s long', '%s' % t)
show('fmt long', '{}'.format(t))
show('f long', f'{t}{t}')
