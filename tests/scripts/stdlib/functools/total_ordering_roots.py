from functools import total_ordering
@total_ordering
class A:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
    def __eq__(self, o): return self.v == o.v
print(A(1) < A(2), A(2) > A(1), A(1) >= A(1), A(2) < A(1))
@total_ordering
class B:
    def __init__(self, v): self.v = v
    def __ge__(self, o):
        if not isinstance(o, B): return NotImplemented
        return self.v >= o.v
print(B(1) < B(2), B(1) <= B(1), B(2) > B(1))
try: B(1) < 3
except TypeError as e: print(e)
@total_ordering
class C(int):
    pass
print(C(1) < C(2), C.__lt__ is int.__lt__)
print(A.__gt__.__name__, A.__lt__.__qualname__ if False else "", A.__ge__.__doc__)
