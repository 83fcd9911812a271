# Searches for needles just longer than pyrite's 1 MiB pass chunk (work_meter::TEXT_CHUNK),
# which go through its two-way matcher (runtime::twoway) rather than the chunked scan: find,
# rfind, index, count, in, split, rsplit, partition, replace, with start/end windows, periodic
# needles, near misses and matches across chunk edges, for str (ASCII and not) and bytes.
C = 1 << 20

# A Fibonacci word: aperiodic, with many long near-repeats.
w = 'a'
v = 'ab'
while len(v) < 2 * C + 100:
    w, v = v, v + w
base = v[:2 * C + 100]
n1 = base[3:3 + C + 1]
near = n1[:-1] + ('a' if n1[-1] == 'b' else 'b')
hay = 'x' * 7 + base + 'y' + base[:C + 40]


def show(label, x):
    if isinstance(x, (str, bytes)):
        print(label, len(x), hash(x), repr(x[:8]), repr(x[-8:]))
    elif isinstance(x, (list, tuple)):
        print(label, len(x), [len(p) for p in x])
    else:
        print(label, repr(x))


def searches(tag, hay, n1, near, sub):
    show(tag + ' find', hay.find(n1))
    show(tag + ' find from', hay.find(n1, 11))
    show(tag + ' rfind', hay.rfind(n1))
    show(tag + ' rfind window', hay.rfind(n1, 0, C + 50))
    show(tag + ' index', hay.index(n1, 5, len(hay) - 3))
    show(tag + ' count', hay.count(n1))
    show(tag + ' in', n1 in hay)
    show(tag + ' near find', hay.find(near))
    show(tag + ' near rfind', hay.rfind(near))
    show(tag + ' near in', near in hay)
    show(tag + ' split', hay.split(n1))
    show(tag + ' rsplit 1', hay.rsplit(n1, 1))
    show(tag + ' partition', hay.partition(n1))
    show(tag + ' rpartition', hay.rpartition(n1))
    show(tag + ' replace', hay.replace(n1, sub))
    show(tag + ' replace 1', hay.replace(n1, sub, 1))
    try:
        hay.index(near)
    except ValueError as e:
        print(tag, 'index near:', e)


searches('str', hay, n1, near, '<>')

# A periodic needle over a run of its period: overlapping occurrences, counted
# without overlap; a match straddling the second chunk edge.
p = 'abc' * (C // 3 + 2)
hp = 'zz' + 'abc' * (C // 2) + 'q' + 'abc' * C
searches('periodic', hp, p, p[:-1] + 'x', 'P')
show('periodic count', hp.count(p))

# Non-ASCII: a needle of 'é' and 'a' just over a chunk in bytes.
u1 = n1.replace('b', 'é')[:C * 3 // 4 + 3]
print('non-ascii needle bytes over a chunk', len(u1.encode()) > C)
hu = 'é' * 5 + base.replace('b', 'é') + 'y'
searches('non-ascii', hu, u1, u1[:-1] + 'z', 'ü')

# bytes
searches('bytes', hay.encode(), n1.encode(), near.encode(), b'<>')
