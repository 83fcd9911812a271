# Unbound methods of `type` called badly, and class keywords that are not strings.
calls = [
    lambda: type.__instancecheck__(),
    lambda: type.__subclasscheck__(),
    lambda: type.__subclasses__(),
    lambda: type.__subclasses__(5),
    lambda: type.__init__(),
    lambda: type.__call__(),
    lambda: type.__new__(),
    lambda: type.__subclasscheck__(int, 5),
    lambda: type.__instancecheck__(int, 5, 6),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
print(type.__prepare__(), type.__prepare__("x", (), a=1), type.__instancecheck__(int, True))


class M(type):
    def __call__(cls):
        return cls()


class A(metaclass=M):
    pass


try:
    A()
except RecursionError as e:
    print("RecursionError")


class Picky(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls)


class B(metaclass=Picky):
    pass


try:
    isinstance(1, B)
except RecursionError:
    print("RecursionError")


class A2(metaclass=type, **{1: 2}):
    pass
