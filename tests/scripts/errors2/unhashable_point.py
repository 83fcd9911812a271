class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = [Point(1, 2), Point(1, 2), Point(3, 4)]
print(pts[0] == pts[1], pts.count(Point(1, 2)))
print(Point.__hash__)
seen = []
for p in pts:
    if p not in seen:
        seen.append(p)
print(seen)
unique = set(pts)
print(unique)
