class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p.x, p.y, p.norm1())
print(getattr(p, "z", "no z"), hasattr(p, "z"))
p.w = 1
print(sorted(vars(p)))
print(p.z)
