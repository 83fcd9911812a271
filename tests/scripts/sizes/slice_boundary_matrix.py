# Random slices, indices and positions around the i64 limits (a fixed LCG) on lists, tuples, str.
seed = 999
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
M = 2**63
vals = [None, 0, 1, -1, 2, -2, 3, 5, -5, M - 1, M - 2, -M, -M + 1, M, -M - 1, 2**64, 2**100, -2**100]
steps = [None, 1, -1, 2, -2, 3, -3, M - 1, -M, M, -M - 1, 2**100, -2**100, 0]
def pick(l):
    return l[rnd() % len(l)]
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
for n in range(80):
    a, b, c = pick(vals), pick(vals), pick(steps)
    sl = slice(a, b, c)
    base = list(range(rnd() % 7))
    print("#", a, b, c, len(base))
    show("list", lambda: base[sl])
    show("tuple", lambda: tuple(base)[sl])
    show("str", lambda: "abcdefg"[:len(base)][sl])
    show("indices", lambda: sl.indices(len(base)))
    show("indices big", lambda: sl.indices(pick([0, 5, M - 1, M, 2**100])))
    def assign():
        x = list(base)
        x[sl] = ["z"] * len(range(len(x))[sl])
        return x
    show("assign", assign)
    def assign2():
        x = list(base)
        x[sl] = ["q", "r"]
        return x
    show("assign2", assign2)
    def delete():
        x = list(base)
        del x[sl]
        return x
    show("del", delete)
    i = pick(vals[1:])
    show("getitem", lambda: base[i])
    def ins():
        x = list(base)
        x.insert(i, "n")
        return x
    show("insert", ins)
    show("pop", lambda: list(base).pop(i))
    show("index", lambda: base.index(0, i) if base else None)
    show("find", lambda: "abcabc".find("c", pick(vals), pick(vals)))
