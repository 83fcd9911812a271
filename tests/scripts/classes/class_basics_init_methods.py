class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def scale(self, k):
        self.x *= k
        self.y *= k
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point(5).y)
q = p.moved(1, -1)
print(q.x, q.y, p.x, p.y)
print(p.scale(2).norm2(), p.x, p.y)
p.z = "dynamic"
print(p.z, isinstance(p, Point), type(p) == Point, type(p) is Point)
m = p.norm2
print(m(), Point.norm2(p), Point.moved(p, 0, 0).x)
pts = [Point(i, -i) for i in range(4)]
print([pt.norm2() for pt in pts], sorted(pts, key=lambda pt: -pt.x)[0].x)
print(max(pts, key=Point.norm2).x)
