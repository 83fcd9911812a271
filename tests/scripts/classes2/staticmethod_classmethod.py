class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @classmethod
    def describe_scale(cls):
        return cls.__name__ + " uses " + cls.scale
    @staticmethod
    def is_freezing(c):
        return c <= 0
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees})"
class Kelvinish(Temperature):
    scale = "K-ish"
t = Temperature.from_fahrenheit(212)
print(t, Temperature.from_fahrenheit(32), Temperature.from_fahrenheit(-40))
k = Kelvinish.from_fahrenheit(50)
print(k, type(k) is Kelvinish)
print(Temperature.describe_scale(), Kelvinish.describe_scale(), k.describe_scale())
print(Temperature.is_freezing(-1), t.is_freezing(5), Kelvinish.is_freezing(0))
f = Temperature.is_freezing
print(f(3), f(-3))
cm = Kelvinish.from_fahrenheit
print(cm.__self__ is Kelvinish, cm.__name__)
print(type(Temperature.__dict__["is_freezing"]).__name__)
print(type(Temperature.__dict__["from_fahrenheit"]).__name__)
class Registry:
    _items = []
    @classmethod
    def register(cls, x):
        cls._items.append(x)
        return len(cls._items)
    @staticmethod
    def helper(a, b=2):
        return a * b
print(Registry.register("x"), Registry().register("y"), Registry._items)
print(Registry.helper(4), Registry().helper(4, b=3))
