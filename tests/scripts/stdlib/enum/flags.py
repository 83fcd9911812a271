from enum import Flag, IntFlag, auto, Enum

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
    NONE = 0

print(Perm.R, repr(Perm.R), Perm.R | Perm.W, repr(Perm.R | Perm.W), repr(Perm.R | Perm.X))
print(list(Perm), len(Perm), Perm.RW, list(Perm.RW), len(Perm(7)), repr(Perm(7)))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.X), Perm.NONE, repr(Perm.NONE))
print(Perm.R in Perm.RW, Perm.X in Perm.RW, ~Perm.R, repr(~Perm.RW), ~Perm(7), Perm.RW & Perm.W, Perm.RW ^ Perm.R)
print(Perm.__members__.keys(), Perm["RW"], Perm(6) is Perm.RW)

class Status(Flag):
    STUNNED = auto()
    BURNING = auto()
    FROZEN = auto()

s = Status.STUNNED
s |= Status.BURNING
print(repr(s), s, Status.BURNING in s, Status.FROZEN in s)
s &= ~Status.STUNNED
print(repr(s))
s ^= Status.FROZEN
print(repr(s), [m.name for m in s], bool(Status(0)), [m.value for m in Status])

class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4

print(Mode.READ | Mode.WRITE, repr(Mode.READ | Mode.WRITE), Mode.READ | 8, repr(Mode(9)), str(Mode(3)))
print(Mode.WRITE + 1, Mode.READ == 1, f"{Mode.EXEC}", ~Mode.READ, repr(~Mode.READ), Mode(0), repr(Mode(0)))
print(isinstance(Mode.READ, int), Mode.READ & 3, repr(Mode.READ & 3), 2 | Mode.READ)

try:
    Status(64)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R in 4
except TypeError as e:
    print("TypeError:", e)
try:
    Perm("x")
except ValueError as e:
    print("ValueError:", e)
Status(8)
