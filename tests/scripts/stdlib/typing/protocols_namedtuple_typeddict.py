from typing import *
import typing
T = TypeVar("T")
class P(Protocol):
    def meth(self) -> int: ...
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
try:
    isinstance(F(), P)
except TypeError as e: print(e)
try:
    P()
except TypeError as e: print(e)
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
p = Point(1)
print(p, p.norm(), Point._fields, Point._field_defaults, p._replace(y=5), p._asdict())
print(Point.__annotations__)
try: Point()
except TypeError as e: print(e)
class Movie(TypedDict):
    name: str
    year: int
class M2(Movie, total=False):
    extra: bool
m = Movie(name="x", year=1)
print(m, type(m), Movie.__required_keys__, M2.__optional_keys__, M2.__total__, Movie.__annotations__)
Emp = TypedDict("Emp", {"a": int, "b": str})
print(Emp(a=1, b="x"), Emp.__annotations__)
NT = NamedTuple("NT", [("a", int), ("b", str)])
print(NT(1, "x"), NT.__annotations__)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), f("a"))
print(Literal[1, 2], Literal[1, Literal[2]], Final, ClassVar, Optional[Union[int, str]])
try: Optional[int, str]
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: Generic()
except TypeError as e: print(e)
print(typing.get_type_hints(Point))
def g(a: int, b: "str" = "x") -> List[int]: pass
print(typing.get_type_hints(g))
print(Callable[[int, str], None].__args__, Callable[..., int].__args__)
print(repr(Any), repr(typing.NoReturn), typing.Sized, typing.Awaitable[int], typing.Coroutine[int, str, float])
print(Union[int, None] == Optional[int], Optional[int].__args__)
print(isinstance(3, int | str), int | str, (int | str).__args__)
U = TypeVar("U", bound="Point")
print(U.__bound__, U.__name__, T.__covariant__)
try: TypeVar("X", int)
except TypeError as e: print(e)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def __repr__(self): return f"Box({self.v!r})"
print(Box(3), Box[int](4), Box[int].__args__, Box.__class_getitem__)
try: Box[int, str]
except TypeError as e: print(e)
print(typing.Annotated[int, "meta"], typing.get_args(typing.Annotated[int, "m"]))
print(typing.ParamSpec("P"), typing.TypeAlias, typing.Self, typing.Never, typing.LiteralString)
print(Type[int], type[int], Dict, typing.Pattern, typing.Match)
print(typing.Iterable.__origin__ if hasattr(typing.Iterable, "__origin__") else None)
@typing.final
class Z: pass
print(Z.__final__ if hasattr(Z, "__final__") else "nofinal")
print(5)
print(typing.get_origin(List[int]) is list, typing.get_origin(Literal[1]), typing.get_args(Literal[1, 2]))
