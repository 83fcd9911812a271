class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(p, [p], (p.x, p.y))
x, y = p.x, p.y
print(x + y)
for coord in p:
    print(coord)
