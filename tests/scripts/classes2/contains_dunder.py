class Evens:
    def __contains__(self, x):
        print("contains?", x)
        return isinstance(x, int) and x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e, "a" in e)
class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy(), 1 not in Truthy())
class FalsyRet:
    def __contains__(self, x):
        return []
print(1 in FalsyRet())
class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(20 in GetItemOnly(), 25 in GetItemOnly())
print(list(GetItemOnly()))
class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
iv = Interval(1.5, 4)
print([x for x in range(6) if x in iv], 4 in iv, 1.5 in iv)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
class Nope:
    pass
try:
    print(1 in Nope())
except TypeError as e:
    print("TypeError:", e)
