vals = [0, 1, -1, 0.0, -0.0, 0.1, '', ' ', 'False', [], [0], (), ((),), {}, {0: 0},
        set(), {0}, None, range(0), range(1), float('nan'), 2 ** 100, frozenset()]
for v in vals:
    print(repr(v), bool(v), not v)
print(bool(), bool(None), bool(True), bool(False))
class Thing:
    pass
print(bool(Thing()), not Thing())
print(all([]), any([]), all([[]]), any([[], 0, '']), any([[], 0, ' ']))
print([x for x in vals if x][:6])
print(len([x for x in vals if not x]))
