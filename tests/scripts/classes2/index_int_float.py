class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v
items = ["a", "b", "c", "d", "e"]
print(items[Idx(1)], items[Idx(-1)], items[Idx(1):Idx(3)])
print("xyz"[Idx(2)], (10, 20)[Idx(0)], range(10)[Idx(3)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print([0] * Idx(3), "ab" * Idx(2))
print(range(Idx(4)), list(range(Idx(1), Idx(7), Idx(2))))
print(int(Idx(7)), Idx(9).__index__(), hasattr(Idx, "__int__"))
class Conv:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
c = Conv()
print(int(c), float(c))
try:
    [1, 2][Conv()]
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
class FloatOnly:
    def __float__(self):
        return 1.5
print(float(FloatOnly()))
try:
    int(FloatOnly())
except TypeError as e:
    print("TypeError:", e)
print(round(2.5), round(3.5), round(Conv().__float__()))
