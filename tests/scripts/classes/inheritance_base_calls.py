class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = "square"
class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Shape("blob"), Rect(2, 3), Square(4), Circle(1), Circle(0.5)]
for s in shapes:
    print(s)
print(sum(s.area() for s in shapes))
print(sorted(shapes, key=lambda s: s.area())[-1].name, max(shapes, key=Shape.area).name)
print([type(s) == Rect for s in shapes], [isinstance(s, Rect) for s in shapes])
print(Shape.area(Square(10)), Rect.area(Square(3)), str(Square(2)))
