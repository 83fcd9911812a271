class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if isinstance(other, Point):
            return Point(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(Point(1, 2) + Point(3, 4))
total = Point(0, 0)
for p in [Point(1, 1), Point(2, 2)]:
    total = total + p
print(total)
print(total + 1)
