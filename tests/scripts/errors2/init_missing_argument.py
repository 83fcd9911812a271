class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(Point(1, 2))
print(Point(y=5, x=6))
coords = [(1, 2), (3, 4), (5,)]
points = []
for c in coords:
    points.append(Point(*c))
    print("built", points[-1])
