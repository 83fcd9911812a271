"""Docstrings, qualified names, module names and class dict proxies."""


class Outer:
    "Outer doc."

    class Inner:
        def method(self):
            def local():
                class Deep:
                    def m(self):
                        pass

                return Deep

            return local

    def meth(self):
        return lambda: 0


def factory():
    def made():
        pass

    class Made:
        pass

    return made, Made


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
local = Outer.Inner().method()
print(local.__qualname__, local().__qualname__, local().m.__qualname__)
print(Outer().meth().__qualname__, Outer().meth().__name__)
made, Made = factory()
print(made.__qualname__, Made.__qualname__, Made.__name__, Made.__module__, made.__module__)
print(Outer.__doc__, Outer.Inner.__doc__, factory.__doc__)
print(__name__, Outer.__module__)

proxy = Outer.__dict__
print(type(proxy), type(proxy).__name__, proxy["__doc__"], "meth" in proxy, "nope" in proxy)
print(sorted(k for k in proxy if not k.startswith("__")))
print(proxy.get("missing", 5), len(proxy) > 0)
try:
    proxy["x"] = 1
except TypeError as e:
    print(e)
try:
    del proxy["meth"]
except TypeError as e:
    print(e)

print(Outer.__bases__, Outer.__base__, Outer.__mro__, Outer.mro())


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
print(D.__mro__, D.__bases__, D.__base__)
D.__name__ = "Renamed"
D.__qualname__ = "Outer.Renamed"
print(D, D.__name__, D.__qualname__, repr(D()).split(" object")[0])
try:
    D.__name__ = 5
except TypeError as e:
    print(e)
try:
    del D.__name__
except TypeError as e:
    print(e)


def counter():
    counter.calls += 1
    return counter.calls


counter.calls = 0
counter()
counter()
print(counter.calls, counter.__dict__, counter.__name__)


def wraps(f):
    def wrapper(*a):
        return f(*a)

    wrapper.__wrapped__ = f
    wrapper.__name__ = f.__name__
    wrapper.__qualname__ = f.__qualname__
    wrapper.__doc__ = f.__doc__
    return wrapper


@wraps
def documented(x):
    "Doubles x."
    return 2 * x


print(documented(4), documented.__name__, documented.__doc__, documented.__wrapped__.__qualname__)
print(sorted(documented.__dict__))
Outer.__dict__["x"] = 1
