# Indices, slice bounds and steps, and method positions with values far outside any length.

def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

a = [1, 2, 3]
t = (1, 2, 3)
s = "abc"
for seq in (a, t, s):
    name = type(seq).__name__
    show(f"{name}[::-2**63]", lambda: seq[::-2**63])
    show(f"{name}[::2**63]", lambda: seq[::2**63])
    show(f"{name}[::2**100]", lambda: seq[::2**100])
    show(f"{name}[::-2**100]", lambda: seq[::-2**100])
    show(f"{name}[2**100:]", lambda: seq[2**100:])
    show(f"{name}[-2**100:2**100]", lambda: seq[-2**100:2**100])
    show(f"{name}[-2**100:2**100:2**100]", lambda: seq[-2**100:2**100:2**100])
    show(f"{name}[2**100::-1]", lambda: seq[2**100::-1])
    show(f"{name}[2**63-1:-2**63:-1]", lambda: seq[2**63 - 1:-2**63:-1])
    show(f"{name}[2**100]", lambda: seq[2**100])
    show(f"{name}[-2**100]", lambda: seq[-2**100])
    show(f"{name}[2**63]", lambda: seq[2**63])
    show(f"{name}[-2**63]", lambda: seq[-2**63])
    show(f"{name}.index huge start", lambda: seq.index(s[0] if seq is s else 1, 2**100))
    show(f"{name}.index huge window", lambda: seq.index(s[2] if seq is s else 3, -2**100, 2**100))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

show("slice by __index__ 2**100", lambda: a[Idx(2**100):])
show("slice by __index__ -2**100", lambda: a[Idx(-2**100):Idx(2)])
show("slice by bad __index__", lambda: a[Idx(1.5):])
show("slice.indices huge", lambda: slice(Idx(-2**100), 2**100, 3).indices(10))

def setitem(seq, i, v):
    seq[i] = v
    return seq

def delitem(seq, i):
    del seq[i]
    return seq

show("setitem 2**100", lambda: setitem([1], 2**100, 0))
show("delitem 2**100", lambda: delitem([1], 2**100))
show("setslice 2**100:", lambda: setitem([1, 2, 3], slice(2**100, None), [4]))
show("setslice ::2**63", lambda: setitem([1, 2, 3], slice(None, None, 2**63), [4]))
show("delslice ::-2**63", lambda: delitem([1, 2, 3], slice(None, None, -2**63)))
show("delslice -2**100:2**100", lambda: delitem([1, 2, 3], slice(-2**100, 2**100)))

def insert(i):
    x = [1, 2]
    x.insert(i, 0)
    return x

for i in [2**62, 2**63, -2**63, -2**100, 5, -5]:
    show(f"insert {i}", lambda: insert(i))
for i in [2**63, -2**63, 2**100, 1, -1]:
    show(f"pop {i}", lambda: [1, 2].pop(i))

show("find clip", lambda: "ab".find("b", -2**100, 2**100))
show("rfind clip", lambda: "abab".rfind("a", -2**100))
show("index clip", lambda: "ab".index("b", -2**63, 2**63))
show("count clip", lambda: ("abab".count("b", 2**100), "abab".count("b", -2**100)))
show("startswith clip", lambda: ("ab".startswith("a", 2**100), "ab".startswith("a", -2**100)))
show("endswith clip", lambda: "ab".endswith("b", -2**100, 2**100))
show("split maxsplit 2**100", lambda: "a b c".split(" ", 2**100))
show("rsplit maxsplit -2**100", lambda: "a b c".rsplit(" ", -2**100))
show("replace count 2**100", lambda: "aaa".replace("a", "b", 2**100))
show("enumerate start 2**100", lambda: list(enumerate("ab", 2**100)))
show("enumerate near max", lambda: list(enumerate("abc", 2**63 - 2)))
show("enumerate near min", lambda: list(enumerate("ab", -2**63)))
show("round float 2**100", lambda: round(1.5, 2**100))
show("round float -2**100", lambda: round(1.5, -2**100))
show("round int 2**63", lambda: round(12345, 2**63))
show("round int -20", lambda: round(12345, -20))
show("shift 2**40", lambda: 1 << 2**40)
show("shift 2**63", lambda: 1 << 2**63)
show("shift 2**100", lambda: 1 << 2**100)
show("shift zero", lambda: 0 << 2**100)
show("rshift huge", lambda: (2**100 >> 2**100, -5 >> 2**63))
show("list(range(2**62))", lambda: list(range(2**62)))
show("tuple(range(2**40))", lambda: tuple(range(2**40)))
show("sorted(range(2**40))", lambda: sorted(range(2**40)))
show("list(iter(range(2**40)))", lambda: list(iter(range(2**40))))
show("list(range big)", lambda: list(range(2**100, 2**100 + 3)))
