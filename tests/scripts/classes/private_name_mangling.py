# Private names (`__x`) inside a class body are mangled to `_Class__x`: attributes, variables,
# parameters, definitions, annotations, __slots__; not keyword names at call sites, not strings.
class A:
    __z: int = 3
    __w = 4

    def __init__(self, __v=1, *, __k=2):
        self.__v = __v
        self.__k = __k

    def f(self):
        return self.__v, self.__k, A.__z, self.__w

    def g(self):
        try:
            return self.__init__(__v=5)
        except TypeError as e:
            return str(e)

    def h(self):
        return dict(__y=1), getattr(self, "__v", "absent"), getattr(self, "_A__v")

    def __p(self):
        return "p"

    def q(self):
        return self.__p()

    class __Inner:
        __deep = 1

        def get(self):
            return self.__deep


a = A()
print(a.f(), a.g(), a.h(), a.q())
print(sorted(vars(a)))
print(A.__init__.__code__.co_varnames, A.__init__.__kwdefaults__, A.__annotations__)
print(A._A__p.__name__, A._A__p.__qualname__, A._A__Inner.__name__, A._A__Inner.__qualname__)
print(sorted(k for k in A.__dict__ if not k.endswith("__")))
print(A._A__Inner().get(), sorted(k for k in vars(A._A__Inner) if not k.endswith("__")))
try:
    a.__v
except AttributeError as e:
    print("AttributeError:", e)


class _:
    __a = 1


print(sorted(k for k in vars(_) if not k.startswith("__") or k == "__a"))


class __B:
    __a = 1

    def m(self):
        __t = 5
        __t += 1
        total = [__q * 2 for __q in range(3)]
        f = lambda __l: __l + 1
        if (__w := 7) > 0:
            pass
        try:
            raise ValueError("x")
        except ValueError as __e:
            msg = str(__e)
        match (1, 2):
            case (__m, __n):
                pair = (__m, __n)
        def inner():
            nonlocal __t
            __t += 10
            return __t
        return __t, total, f(3), __w, msg, pair, inner(), self.__a, sorted(locals())


print("_B__a" in vars(__B), __B().m())


class Slotted:
    __slots__ = ("__x", "y")

    def __init__(self):
        self.__x = 1
        self.y = 2

    def get(self):
        return self.__x


s = Slotted()
print(s.get(), s._Slotted__x, Slotted.__slots__, sorted(k for k in vars(Slotted) if "x" in k or k == "y"))
try:
    class Conflict:
        __slots__ = ["__x"]
        __x = 1
except ValueError as e:
    print("ValueError:", e)

G = "global"


class WithGlobal:
    def f(self):
        global __G
        __G = "set"
        return __G


print(WithGlobal().f(), sorted(k for k in globals() if "G" in k))
