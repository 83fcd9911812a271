# Random ranges with bounds and steps around the i64 limits (a fixed LCG): every operation.
# deterministic LCG
seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
M = 2**63
vals = [0, 1, -1, 2, -2, 3, 7, -7, M - 1, M - 2, -M, -M + 1, M, -M - 1, M + 1, 2**64, -2**64, 2**62, -2**62, 2**100, -2**100, 10, -10, 2**64 - 1]
steps = [1, -1, 2, -2, 3, -3, M - 1, -M, M, -M - 1, 2**62, -2**62, 2**100, -2**100, 7]
def pick(l):
    return l[rnd() % len(l)]
def show(label, f):
    try:
        r = f()
        if isinstance(r, range):
            r = ("R", r.start, r.stop, r.step)
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)
for n in range(80):
    a, b, c = pick(vals), pick(vals), pick(steps)
    r = range(a, b, c)
    print("#", a, b, c)
    show("len", lambda: len(r))
    show("bool", lambda: bool(r))
    show("items", lambda: [x for _, x in zip(range(3), r)])
    show("rev", lambda: [x for _, x in zip(range(3), reversed(r))])
    show("types", lambda: (type(iter(r)).__name__, type(reversed(r)).__name__))
    i = pick(vals)
    show("getitem", lambda: r[i])
    x = pick(vals)
    show("in", lambda: (x in r, r.count(x)))
    show("index", lambda: r.index(x))
    s1, s2, s3 = pick(vals + [None]), pick(vals + [None]), pick(steps + [None])
    show("slice", lambda: r[s1:s2:s3])
    show("eq", lambda: r == range(pick(vals), pick(vals), pick(steps)))
    show("hash", lambda: hash(r) == hash(r[:]))
    show("repr", lambda: repr(r))
