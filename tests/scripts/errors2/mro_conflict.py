class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B"
class C(B, A):
    pass
print([k.__name__ for k in C.__mro__], C().hello())
class D(A, B):
    pass
print("unreachable")
