# islice bounds read as CPython reads a C ssize_t: None, ints (and __index__) in 0..sys.maxsize;
# negative, too-large, non-int values and failing __index__ raise ValueError with
# CPython's three messages, in its order of checks.
import itertools, sys
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Bad:
    def __index__(self): raise RuntimeError("boom")
class NotInt:
    def __index__(self): return "x"
vals = [None, 0, 1, 2, -1, -2, 2**63-1, 2**63, 2**70, -2**70, Idx(2), Idx(-1), Idx(2**70), 1.5, "3", True, Bad(), NotInt()]
def show(*args):
    try:
        r = list(itertools.islice(range(5), *args))
        print(args and [type(a).__name__ if not isinstance(a, (int, type(None))) else a for a in args], r)
    except Exception as e:
        print([type(a).__name__ if not isinstance(a, (int, type(None))) else a for a in args], type(e).__name__, e)
for v in vals:
    show(v)
for v in vals:
    show(v, 4)
for v in vals:
    show(1, v)
for v in vals:
    show(0, 5, v)
show(-1, -1)
show(-1, 3, 0)
show(1, -1, 0)
show(2**70, 3, -1)
