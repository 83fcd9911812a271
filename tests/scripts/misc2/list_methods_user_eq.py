class Loose:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  eq({self.v}, {other.v if isinstance(other, Loose) else other!r})")
        other_v = other.v if isinstance(other, Loose) else other
        return self.v % 10 == other_v % 10
    def __repr__(self):
        return f"L{self.v}"
items = [Loose(1), Loose(12), Loose(23)]
print(Loose(22) in items)
print(items.index(Loose(13)))
print(items.count(Loose(1)))
items.remove(Loose(32))
print(items)
print(2 in items)
print(items == [Loose(31), Loose(3)])
x = Loose(5)
print([x].count(x), x in [x], [x].index(x))
class Never:
    def __eq__(self, o):
        print("  never eq called")
        return False
n = Never()
print(n in [n], [n].count(n), [n] == [n])
print(n in (n,), {1: n} == {1: n})
try:
    [Loose(1)].remove(Loose(2))
except ValueError as e:
    print("ValueError:", e)
t = (Loose(4), Loose(5))
print(t.index(Loose(15)), t.count(Loose(14)))
