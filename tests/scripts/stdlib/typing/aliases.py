import typing
from typing import (Any, Callable, ClassVar, DefaultDict, Deque, Dict, Final, FrozenSet, Generic,
                    Hashable, Iterable, Iterator, List, Literal, Mapping, NamedTuple, NewType,
                    Optional, Sequence, Set, Tuple, Type, TypeVar, Union, cast, get_args,
                    get_origin, overload, TYPE_CHECKING, Protocol, runtime_checkable, TypedDict)

T = TypeVar("T")
K = TypeVar("K", bound=int)
S = TypeVar("S", str, bytes)
print(List, List[int], Dict[str, List[int]], Optional[int], Optional[List[str]])
print(Union[int, str], Union[int, str, None], Union[int], Union[int, Union[str, float]], Union[int, int])
print(Callable[[int], str], Callable[..., Optional[bool]], Callable[[], None], Callable)
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Tuple, Literal["a", 1], Type[int])
print(DefaultDict[str, int], Deque[int], Iterator[int], Sequence, Hashable, Mapping[str, Any])
print(T, K, K.__bound__, S.__constraints__, TypeVar("U", covariant=True), TypeVar("V", contravariant=True))
print(ClassVar[int], Final[int], Any, FrozenSet[int], Set[T][str], List[T][int], Dict[str, T][float])
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
print(List[int].__origin__, List[int].__args__, Dict[str, T].__parameters__, get_origin(Dict[str, int]), get_args(Dict[str, int]))
print(get_args(Callable[[int], str]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int), get_args(int))
print(type(List), type(List[int]).__name__, type(Union[int, str]).__name__, type(Optional).__name__, type(T).__name__)
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(1, Union[int, str]), isinstance("", Optional[int]))
print(cast(int, "x"), cast("List[int]", 3), TYPE_CHECKING, typing.Text, typing.AnyStr, List["Foo"])
print(Optional[int] | None, int | List[int], List[int] | None)
print(list[int], dict[str, list[int]], tuple[int, ...])

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
print(Stack[int], Stack.__parameters__, s.pop(), s.__orig_class__, Stack[str] == Stack[str])

KT = TypeVar("KT")
VT = TypeVar("VT")
class Cache(Generic[KT, VT]):
    pass
cache: Cache[str, Dict[str, object]] = Cache()
print(Cache[str, Dict[str, object]], Cache.__parameters__, __annotations__["cache"])

class Pair(Dict[str, T]):
    pass
print(Pair.__mro__, Pair.__parameters__, Pair[int])

UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__)

def handler(x: int, cb: Callable[[int], None] = print) -> Optional[str]:
    return None
print(handler.__annotations__)
print(typing.get_type_hints(handler))

@overload
def area(x: int) -> int: ...
@overload
def area(x: float) -> float: ...
def area(x):
    return x * x
print(area(3))

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        pass
class Proto(Protocol):
    def run(self) -> int: ...
print(isinstance(File(), Closer), isinstance(1, Closer))

class Movie(TypedDict, total=False):
    title: str
    year: int
m = Movie(title="x")
print(m, type(m), Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)

for bad in (lambda: List[int, str], lambda: Optional[int, str], lambda: Generic[int], lambda: List(),
            lambda: isinstance([], List[int]), lambda: Union[()], lambda: Callable[int, str],
            lambda: TypeVar("X", int), lambda: Proto(), lambda: isinstance(1, Proto),
            lambda: Any(), lambda: isinstance(1, Any), lambda: Stack[int, str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
