class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = [Point(3, 1), Point(1, 2)]
print(sorted(pts, key=lambda p: p.x))
print(max(pts, key=lambda p: p.y))
print(sorted(pts))
