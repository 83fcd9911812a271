"""Module docstring."""
# Annotations on functions, classes and modules, evaluated as CPython 3.11 does.
print(__doc__)
order = []


def p(x):
    order.append(x)
    return x


count: int = 0
names: "list[str]"
print(__annotations__)


def f(a: p("a"), /, b: p("b") = p("b-default"), *args: p("args"), c: p("c") = p("c-default"), **kw: p("kw")) -> p("ret"):
    "Function docstring."
    return a


print(order)
print(f.__annotations__)
print(f.__doc__, f.__defaults__, f.__kwdefaults__)


def g(x, y=2):
    return x


print(g.__annotations__, g.__doc__, (lambda: 0).__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)


class Point:
    """A point."""

    x: int
    y: int = 0
    label: str = "origin"

    def move(self, dx: int, dy: int) -> "Point":
        return self


class Point3(Point):
    z: float


print(Point.__annotations__)
print(Point3.__annotations__)
print(Point.move.__annotations__)
print(Point.__doc__, Point3.__doc__)


class NoAnn:
    pass


print(NoAnn.__annotations__, "__annotations__" in NoAnn.__dict__)


def h():
    local: int = 5
    unused: undefined_name
    return local


print(h(), h.__annotations__)


class Obj:
    pass


o = Obj()
o.attr: int = 3
print(o.attr)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(g.__code__.co_varnames, g.__code__.co_firstlineno)
try:
    g.__annotations__ = [1]
except TypeError as e:
    print(e)
del g.__annotations__
print(g.__annotations__)
try:
    g.__defaults__ = [1]
except TypeError as e:
    print(e)
g.__defaults__ = None
try:
    g(1)
except TypeError as e:
    print(e)
