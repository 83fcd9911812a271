objs = [0, -1.5, 1e20, "s", "it's", 'q"', [1, "a"], ("x",), {"k": [1]}, {2}, None, True, range(3), frozenset([1])]
for o in objs:
    print(str(o), "|", repr(o))
class W:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "W(" + repr(self.v) + ")"
print(str(W(1)), repr(W("a")), [W(2)], (W(None),), {1: W(3)})
class S:
    def __str__(self):
        return "S-str"
s = S()
print(str(s), f"{s}", "%s" % s, [str(s)])
print(str(), repr(""), str(str("x")), repr(repr("x")))
print(len(repr(1.0 / 3)), len(str(2 ** 100)), repr(-0.0), str(float("nan")))
