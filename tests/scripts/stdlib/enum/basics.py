from enum import Enum, IntEnum, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON)
print(Color.__members__, list(Color.__members__))
print(Color, type(Color.RED), isinstance(Color.RED, Color), Color.RED in Color)
print(f"{Color.GREEN}", f"{Color.GREEN!r}", f"{Color.GREEN:>12}|", str(Color.BLUE), format(Color.BLUE))
print({Color.RED: "r"}[Color.RED], Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash("RED"))
print(sorted(Color, key=lambda c: c.name), list(reversed(Color)), dir(Color.RED))

class Mood(Enum):
    HAPPY = auto()
    SAD = auto()
    MEH = "meh"
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
    @classmethod
    def default(cls):
        return cls.MEH
    @property
    def is_happy(self):
        return self is Mood.HAPPY
print([m.describe() for m in Mood], Mood.default(), Mood.HAPPY.is_happy, Mood.SAD.is_happy)

class Size(IntEnum):
    S = 1
    M = 2
    L = 3
print(Size.M, repr(Size.M), str(Size.L), f"{Size.S}", Size.M + 1, Size.L > Size.S, Size(3), Size.M == 2, sorted([Size.L, Size.S]))
print(int(Size.L), [s * 10 for s in Size], Size.M.__class__.__mro__)

class Verdict(str, Enum):
    YES = "yes"
    NO = "no"
print(Verdict.YES == "yes", Verdict("no"), repr(Verdict.NO), str(Verdict.NO), f"{Verdict.YES}", Verdict.YES.upper())

class Dir(StrEnum):
    NORTH = auto()
    SOUTH = "s"
print(Dir.NORTH, repr(Dir.NORTH), f"{Dir.SOUTH}", Dir.NORTH == "north", Dir("s"))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), repr(Planet.MERCURY))

class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Shape("square"), Shape(3))

Animal = Enum("Animal", "ANT BEE CAT")
print(Animal, list(Animal), Animal.BEE.value, Animal.__module__)
Pet = Enum("Pet", [("DOG", 10), ("FISH", 20)])
print(list(Pet), Pet(20))
Tone = IntEnum("Tone", {"LOW": 1, "HIGH": 9})
print(repr(Tone.HIGH), Tone.HIGH + 0)

for bad in (lambda: Color(7), lambda: Color["PURPLE"], lambda: Verdict("maybe"), lambda: Shape(9)):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Sunder(Enum):
        _bad_ = 1
except ValueError as e:
    print("ValueError:", e)
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)
Color(42)
