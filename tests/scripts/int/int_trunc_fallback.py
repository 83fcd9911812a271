# int(x) falls back on __trunc__ after __int__ and __index__ (CPython 3.11, deprecated).
class T:
    def __trunc__(self):
        return 1729

class L:
    def __long__(self):
        return 42
    def __trunc__(self):
        return 7

class Ix:
    def __index__(self):
        return 5

class ViaIndex:
    def __trunc__(self):
        return Ix()

class Bad:
    def __trunc__(self):
        return "no"

class Both:
    def __int__(self):
        return 1
    def __trunc__(self):
        return 2

print(int(T()), int(L()), int(ViaIndex()), int(Both()))
try:
    int(Bad())
except TypeError as e:
    print("TypeError:", e)
class JustLong:
    def __long__(self):
        return 42
try:
    int(JustLong())
except TypeError as e:
    print("TypeError:", e)
