class A:
    def m(self):
        return 1
class B(A):
    pass
def f():
    pass
print(callable(f), callable(len), callable(A), callable(A()), callable(A().m), callable(lambda: 0))
print(callable(1), callable("s"), callable(None), callable([]), callable(print), callable(int))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance(1, float))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(set(), set), isinstance(frozenset(), set), isinstance(frozenset(), frozenset))
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), B), isinstance(A, A))
print(isinstance(1, (str, int)), isinstance(1.5, (int, str)), isinstance(None, (int, type(None))))
print(isinstance(range(1), range), isinstance(None, object), isinstance(f, object))
print(isinstance(True, bool), isinstance(1, bool), isinstance([], (list, tuple)), isinstance((), ()))
print([isinstance(x, (int, float)) for x in [1, 2.0, "3", None, True]])
