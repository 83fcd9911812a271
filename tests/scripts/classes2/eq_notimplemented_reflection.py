class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("A.__eq__", type(other).__name__)
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented
class B:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("B.__eq__", type(other).__name__)
        if isinstance(other, (A, B)):
            return self.v == other.v
        return NotImplemented
print(A(1) == A(1))
print(A(1) == B(1))
print(B(2) == A(3))
print(A(1) != B(1))
print(A(1) == 1)
print(1 == A(1))
print(A(1) != "x")
class SubA(A):
    def __eq__(self, other):
        print("SubA.__eq__", type(other).__name__)
        return True
print(A(1) == SubA(2))
print(SubA(2) == A(1))
class Never:
    def __eq__(self, other):
        return NotImplemented
n = Never()
print(n == n, n != n, n == Never(), n in [n], n in [Never()])
print([A(5)].count(A(5)), A(4) in [A(3), A(4)])
