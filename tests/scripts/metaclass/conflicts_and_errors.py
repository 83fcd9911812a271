# Metaclass selection and CPython's exact errors.


class MA(type):
    pass


class MB(type):
    pass


class A(metaclass=MA):
    pass


class B(metaclass=MB):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print(e)

try:
    type("C", (A, B), {})
except TypeError as e:
    print(e)


class MC(MA, MB):
    pass


class C(A, B, metaclass=MC):
    pass


print(type(C), C.__mro__)


class D(A):
    pass


print(type(D))


class MA2(MA):
    pass


class E(A, metaclass=MA2):
    pass


class F(E, A):
    pass


print(type(E), type(F))

for args in [(MA,), (int, "x", (), {}), (MA, 1, (), {}), (MA, "x", [], {}), (MA, "x", (), [])]:
    try:
        type.__new__(*args)
    except TypeError as e:
        print(e)

for args in [("x",), ("x", ()), ("x", (), {}, 1)]:
    try:
        type(*args)
    except TypeError as e:
        print(e)

try:
    type.__init__(A, 1, 2)
except TypeError as e:
    print(e)


class P(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return [1, 2]


try:
    class Q(metaclass=P):
        pass
except TypeError as e:
    print(e)


class Init(type):
    def __init__(cls, name, bases, ns):
        return 5


try:
    class R(metaclass=Init):
        pass
except TypeError as e:
    print(e)

try:
    class S(metaclass=MA, extra=1):
        pass
except TypeError as e:
    print(e)


def not_a_class(name, bases, ns):
    return (name, sorted(k for k in ns if not k.startswith("__")))


class T(metaclass=not_a_class):
    a = 1
    b = 2


print(T)
print(object.__new__.__name__)
try:
    object.__new__(MA)
except TypeError as e:
    print(e)
class Abstract(type):
    def __call__(cls, *a, **k):
        raise TypeError(f"Can't instantiate abstract class {cls.__name__}")


class Shape(metaclass=Abstract):
    pass


Shape()
