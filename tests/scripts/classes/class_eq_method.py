class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if not isinstance(other, V):
            return False
        return self.x == other.x and self.y == other.y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
a, b, c = V(1, 2), V(1, 2), V(2, 1)
print(a == b, a == c, a != b, a != c, a is b)
print(a == (1, 2), (1, 2) == a, a != "x", a == None)
print(a in [c, b], [a, c].index(b), [a, b, c].count(V(1, 2)))
lst = [V(1, 1), V(2, 2), V(1, 1)]
lst.remove(V(1, 1))
print(lst)
print([V(1, 2)] == [V(1, 2)], (V(0, 0),) == (V(0, 0),), {"k": V(1, 1)} == {"k": V(1, 1)})
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p2, p1 == p1, p1 != p2, p1 in [p2], p1 in [p1])
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() == 1, 1 == AlwaysEq(), AlwaysEq() != 5, 3 in [AlwaysEq()])
