class Circle:
    def __init__(self, r):
        self._r = r
        self.log = []
    @property
    def radius(self):
        self.log.append("get")
        return self._r
    @radius.setter
    def radius(self, value):
        self.log.append("set")
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value
    @radius.deleter
    def radius(self):
        self.log.append("del")
        self._r = 0
    @property
    def area(self):
        return 3 * self._r * self._r
c = Circle(2)
print(c.radius, c.area)
c.radius = 5
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
del c.radius
print(c.radius, c.log)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.radius).__name__, Circle.area.fget.__name__)
print(Circle.radius.fset is not None, Circle.area.fset is None)
class Lazy:
    def __init__(self):
        self.calls = 0
    def _get(self):
        self.calls += 1
        return self.calls * 10
    value = property(_get, doc="computed")
z = Lazy()
print(z.value, z.value, z.calls, Lazy.value.__doc__)
