class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
print(Vector.from_tuple((1, 2)))
print(Vector.from_tuple((1, 2, 3)))
