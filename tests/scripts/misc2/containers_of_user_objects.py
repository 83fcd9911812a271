class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x},{self.y}>"
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
pts = [P(1, 2), P(3, 4)]
print(pts)
print(str(pts), f"{pts}", "%s" % (pts,))
print(tuple(pts), {"a": pts[0]}, {pts[1]: "val"})
print({P(0, 0)}, [[P(1, 1)], (P(2, 2),)])
print(pts[0], *pts)
print(str(pts[0]), repr(pts[0]), f"{pts[0]}", f"{pts[0]!r}")
print(P(1, 2) in pts, pts.index(P(3, 4)), pts.count(P(1, 2)))
pts.remove(P(1, 2))
print(pts)
d = {P(1, 1): "one"}
d[P(1, 1)] = "uno"
print(d, len(d))
s = {P(1, 1), P(1, 1), P(2, 2)}
print(len(s), P(2, 2) in s, sorted(s, key=lambda p: p.x))
print([p.x for p in sorted([P(3, 0), P(1, 0), P(2, 0)], key=lambda p: p.x)])
print(list(map(str, [P(5, 6)])), ", ".join(map(str, [P(1, 2), P(3, 4)])))
print([P(1, 2)] == [P(1, 2)], (P(1, 2),) == (P(1, 3),), {"k": P(0, 0)} == {"k": P(0, 0)})
class NoRepr:
    pass
r = repr([NoRepr()])
print(r.startswith("[<__main__.NoRepr object at 0x"), r.endswith(">]"))
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __repr__(self):
        return f"Node({self.v!r}, {self.kids!r})" if self.kids else f"Node({self.v!r})"
print(Node("root", [Node("a"), Node("b", [Node("c")])]))
