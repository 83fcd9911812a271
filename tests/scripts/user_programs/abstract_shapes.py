# A hand-rolled ABC system: abstractmethod decorator, a metaclass that refuses
# to instantiate abstract classes, and virtual subclass registration.


def abstractmethod(func):
    func.__isabstractmethod__ = True
    return func


class AbstractMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items()
                     if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                value = getattr(cls, key, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._virtual_subclasses = []
        return cls

    def register(cls, subclass):
        cls._virtual_subclasses.append(subclass)
        return subclass

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            missing = ", ".join(sorted(cls.__abstractmethods__))
            plural = "s" if len(cls.__abstractmethods__) > 1 else ""
            raise TypeError(f"cannot create {cls.__name__}: abstract method{plural} {missing} not implemented")
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        for virtual in cls._virtual_subclasses:
            if issubclass(subclass, virtual):
                return True
        # structural check via a hook, like __subclasshook__
        hook = cls.__dict__.get("__subclasshook__")
        if hook is not None:
            return bool(hook.__func__(cls, subclass))
        return False


class Shape(metaclass=AbstractMeta):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.3f} perimeter={self.perimeter():.3f}"


PI = 3.141592653589793


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return PI * self.r ** 2

    def perimeter(self):
        return 2 * PI * self.r


class Polygon(Shape):
    def __init__(self, *sides):
        self.sides = sides

    def perimeter(self):
        return sum(self.sides)


class Rectangle(Polygon):
    def __init__(self, w, h):
        super().__init__(w, h, w, h)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)


class Triangle(Polygon):
    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5


class Sized(metaclass=AbstractMeta):
    @abstractmethod
    def __len__(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        return any("__len__" in klass.__dict__ for klass in C.__mro__)


class LegacyBlob:
    """Not a Shape subclass, but registered as one virtually."""

    def area(self):
        return 42.0

    def perimeter(self):
        return 26.0


for cls in (Shape, Circle, Polygon, Rectangle, Square, Triangle, Sized):
    print(f"{cls.__name__:<10} abstract={sorted(cls.__abstractmethods__)}")

for cls, args in [(Shape, ()), (Polygon, (1, 2, 3)), (Sized, ()), (Triangle, (3, 4, 5))]:
    try:
        obj = cls(*args)
        print("created", obj.describe())
    except TypeError as exc:
        print("TypeError:", exc)

shapes = [Circle(1), Rectangle(3, 4), Square(2.5), Triangle(3, 4, 5), Circle(0.5), Triangle(2, 2, 3)]
for s in shapes:
    print(" ", s.describe())
total = sum(s.area() for s in shapes)
print(f"total area: {total:.4f}")
largest = max(shapes, key=lambda s: s.area())
print("largest:", type(largest).__name__, round(largest.area(), 4))
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.perimeter(), 2))
print("perimeters by type:", by_type)

print("-- isinstance / issubclass --")
blob = LegacyBlob()
print("before register:", isinstance(blob, Shape), issubclass(LegacyBlob, Shape))
Shape.register(LegacyBlob)
print("after register:", isinstance(blob, Shape), issubclass(LegacyBlob, Shape))
print("LegacyBlob in MRO?", Shape in LegacyBlob.__mro__)
print("Square is Polygon:", issubclass(Square, Polygon), "Circle is Polygon:", issubclass(Circle, Polygon))
print("isinstance(Square(1), Rectangle):", isinstance(Square(1), Rectangle))
print("isinstance(3, Shape):", isinstance(3, Shape))
print("isinstance(Circle(1), (int, Shape)):", isinstance(Circle(1), (int, Shape)))

print("-- structural Sized --")
for thing in ([1, 2], "abc", 5, {"a": 1}, Circle(2), b"xy"):
    print(f"  {type(thing).__name__:<7} sized={isinstance(thing, Sized)}")

class SubBlob(LegacyBlob):
    pass

print("subclass of registered:", issubclass(SubBlob, Shape), isinstance(SubBlob(), Shape))


# Partially implemented class stays abstract
class HalfShape(Shape):
    def area(self):
        return 1.0

try:
    HalfShape()
except TypeError as exc:
    print("TypeError:", exc)
    print("args:", exc.args)

# Implementing later in a subclass makes it concrete
class FullShape(HalfShape):
    def perimeter(self):
        return 4.0

print(FullShape().describe(), FullShape.__abstractmethods__ == frozenset())
print("area.__isabstractmethod__:", Shape.area.__isabstractmethod__,
      "has attr on Circle.area:", hasattr(Circle.area, "__isabstractmethod__"))
