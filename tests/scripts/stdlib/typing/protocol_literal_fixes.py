# Data protocols refuse issubclass; Literal compares values with their types; Generic twice (audit 11, TY1/TY2/TY3/TY4).
from typing import Generic, Literal, Protocol, TypeVar, runtime_checkable, reveal_type

T = TypeVar("T")
S = TypeVar("S")


@runtime_checkable
class RP(Protocol):
    x: int


class H:
    x = 1


class G:
    pass


print(isinstance(H(), RP))
try:
    print(issubclass(H, RP))
except TypeError as e:
    print(e)
print(isinstance(G(), RP))
try:
    print(issubclass(G, RP))
except TypeError as e:
    print(e)


@runtime_checkable
class Closer(Protocol):
    def close(self): ...


class F:
    def close(self): pass


print(issubclass(F, Closer), issubclass(int, Closer), isinstance(F(), Closer))
try:
    issubclass(1, Closer)
except TypeError as e:
    print(e)
try:
    class Bad(Generic[T], Generic[S]):
        pass
except TypeError as e:
    print(e)
print(Literal[True] == Literal[1], Literal[1] == Literal[1.0], Literal[0] == Literal[False],
      hash(Literal[1, 2]) == hash(Literal[2, 1]), Literal[1, 2] == Literal[2, 1], Literal[1, True])
print(reveal_type(5))
