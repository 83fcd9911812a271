# Position lookups in non-ASCII strs long enough that pyrite builds their code point index a
# metered chunk (1 MiB of text) at a time: indexes, slices and searches at and around the
# chunk edges of the index, in texts of 2-, 3- and 4-byte chars mixed with ASCII.
C = 1 << 20

texts = [
    'é' * (C + 3),
    'a' + '€' * C,
    ('ab😀' * (C // 3 + 5)),
    'x' * (C - 1) + 'é' + 'y€' * (C // 2),
]
for s in texts:
    n = len(s)
    print(n, hash(s))
    # Code points whose bytes sit at or around a multiple of the chunk.
    for b in [C - 2, C - 1, C, C + 1, 2 * C - 1, 2 * C, 2 * C + 1]:
        for i in [b // 4 - 1, b // 3, b // 2, b // 2 + 1, b - 1, b]:
            if 0 <= i < n:
                print(' ', i, repr(s[i]), repr(s[i - 1:i + 2]), repr(s[-i - 1]))
    print(' ', repr(s[n // 2:n // 2 + 5]), repr(s[C:C + 3]), len(s[::C // 7]), repr(s[::-(C + 1)][:4]))
    print(' ', s.find(s[C // 2 + 1], C // 2), s.rfind(s[-3]), s.count(s[0], C // 3, C // 2), s.find('é', C))
    it = iter(s)
    print(' ', next(it), s.index(s[-1], n - 5))
