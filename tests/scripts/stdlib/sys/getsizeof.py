import sys
for v in [0, 1, 2**30, 2**100, -5, True, 1.5, "", "abc", "é", "\u20ac", b"", b"abcd", (), (1, 2), None]:
    print(repr(v)[:20], sys.getsizeof(v))
class A:
    pass
print(sys.getsizeof(A()))
class NoSize:
    def __sizeof__(self):
        raise TypeError("no size")
print(sys.getsizeof(NoSize(), -1))
try:
    sys.getsizeof(NoSize())
except TypeError as e:
    print("TypeError:", e)
class Neg:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Neg())
except ValueError as e:
    print("ValueError:", e)
class Custom:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Custom()))
