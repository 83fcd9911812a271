class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
class Robot: pass
class RoboDog(Dog, Robot): pass
d, c, r, rd = Dog(), Cat(), Robot(), RoboDog()
print(isinstance(d, Animal), isinstance(d, Cat), isinstance(d, (Cat, Dog)))
print(isinstance(rd, (Robot,)), isinstance(rd, ()), isinstance(r, (Animal, (Cat, Robot))))
print(issubclass(RoboDog, (Cat, Robot)), issubclass(Dog, Dog), issubclass(Dog, object))
print(issubclass(bool, int), issubclass(int, bool), isinstance(True, int), isinstance(1, bool))
print(isinstance(3, (str, float)), isinstance(3.0, (int, float)), isinstance(None, type(None)))
print(isinstance(Dog, type), isinstance(d, type), issubclass(type, object), isinstance(type, type))
print(isinstance([], (list, tuple)), isinstance((), list), issubclass(list, object))
print(type(d) is Dog, type(d) is Animal, type(d) == Dog, type(rd).__name__)
print(isinstance(d, object), isinstance(42, object), isinstance(int, object))
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, Dog)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Dog, 5)
except TypeError as e:
    print("TypeError:", e)
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return "seq"
    if isinstance(x, Animal):
        return "animal:" + type(x).__name__
    return "other"
print([kind(x) for x in [True, 0, [1], (2,), rd, "s", 1.0]])
print(issubclass(KeyError, (ValueError, LookupError)), issubclass(ZeroDivisionError, ArithmeticError))
