class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v % 3)
    def __repr__(self):
        return "K%d" % self.v

a = {Key(1), Key(2), Key(3), Key(4)}
b = {Key(3), Key(4), Key(5)}
print(len(a), Key(1) in a, Key(7) in a)
print(sorted((a | b), key=lambda k: k.v))
print(sorted((a & b), key=lambda k: k.v), sorted(a - b, key=lambda k: k.v), sorted(a ^ b, key=lambda k: k.v))
print(sorted(a.union([Key(9), Key(1)]), key=lambda k: k.v))
print(sorted(a.intersection([Key(2), Key(8)]), key=lambda k: k.v))
print(sorted(a.difference([Key(2)], {Key(4)}), key=lambda k: k.v))
print(sorted(a.symmetric_difference([Key(1), Key(10)]), key=lambda k: k.v))
print(a.issubset(a | b), a.issuperset([Key(1), Key(2)]), a.isdisjoint([Key(6)]), a.isdisjoint(b))
c = set(a)
c.remove(Key(2))
c.discard(Key(3))
c.add(Key(1))
c.add(Key(11))
print(sorted(c, key=lambda k: k.v))
c |= {Key(12)}
c &= {Key(1), Key(11), Key(12), Key(13)}
c -= {Key(11)}
c ^= {Key(1), Key(14)}
print(sorted(c, key=lambda k: k.v))
try:
    c.remove(Key(99))
except KeyError as e:
    print("KeyError", e)
d = {Key(1): "one"}
print(d.get(Key(1)), d.pop(Key(1)), d)
print({Key(1), Key(2)} == {Key(2), Key(1)}, {Key(1)} <= {Key(1), Key(3)}, {Key(1)} < {Key(1)}, {Key(5)} != {Key(5)})
print({Key(1), Key(4)} >= {Key(4)}, {Key(1), Key(4)} > {Key(4)}, frozenset([Key(2)]) == {Key(2)})
