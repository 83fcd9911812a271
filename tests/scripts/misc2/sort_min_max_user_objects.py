class Player:
    def __init__(self, name, score, level):
        self.name, self.score, self.level = name, score, level
    def __repr__(self):
        return f"{self.name}({self.score},L{self.level})"
    def __lt__(self, other):
        return (self.score, self.name) < (other.score, other.name)
ps = [Player("ann", 50, 3), Player("bob", 70, 1), Player("cy", 50, 2), Player("dee", 90, 2), Player("al", 70, 3)]
print(sorted(ps))
print(sorted(ps, reverse=True))
print(min(ps), max(ps))
print(sorted(ps, key=lambda p: p.level))
print(sorted(ps, key=lambda p: (-p.level, p.name)))
print(max(ps, key=lambda p: p.level), min(ps, key=lambda p: len(p.name)))
print(max(ps, key=lambda p: p.level, default=None), max([], key=len, default="empty"))
ps.sort(key=lambda p: p.name)
print(ps)
ps.sort()
print([p.name for p in ps])
by_level = {}
for p in ps:
    by_level.setdefault(p.level, []).append(p)
print({lvl: sorted(v, key=lambda p: p.name) for lvl, v in sorted(by_level.items())})
class NoOrder:
    def __init__(self, v):
        self.v = v
try:
    sorted([NoOrder(1), NoOrder(2)])
except TypeError as e:
    print("TypeError:", e)
print([o.v for o in sorted([NoOrder(2), NoOrder(1)], key=lambda o: o.v)])
print(sorted([NoOrder(5)])[0].v)
try:
    max(NoOrder(1), NoOrder(2))
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"R{self.v}"
print(sorted([Rev(3), Rev(1), Rev(2)]), max([Rev(3), Rev(5)]), min(Rev(4), Rev(0)))
