import typing
from typing import *
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
T = TypeVar("T"); S = TypeVar("S")
class P(Protocol):
    x: int
    def m(self) -> int: ...
t(isinstance, 1, P); t(issubclass, int, P)
@runtime_checkable
class RP(Protocol):
    x: int
class HasX:
    x = 1
t(isinstance, HasX(), RP); 
class TD(TypedDict):
    a: int
t(isinstance, {}, TD); t(TD, a=1, b=2); t(lambda: TD.__total__)
t(isinstance, [], List[int]); t(issubclass, list, List[int]); t(isinstance, 1, Any); t(isinstance, 1, T); t(lambda: List[int]()); t(lambda: Union[int, str]()); t(lambda: Any())
t(lambda: Literal[1]()); t(lambda: Optional[int, str]); t(lambda: Callable[int, str]); t(lambda: Callable[[int]]); t(lambda: ClassVar[int, str]); t(lambda: Final[int, str]); t(lambda: Tuple[int, ...][int])
t(lambda: Dict[int]); t(lambda: List[T][int, str]); t(lambda: Generic[T, T]); t(lambda: Union[1]); t(lambda: Union[int, 1])
class G(Generic[T, S]): pass
t(lambda: G[int]); t(lambda: G[int, str, float]); print(G[int, str], G[int, str].__origin__, G[T, int].__parameters__)
try:
    class Bad2(List[int], Generic[T]): pass
except TypeError as e: print(e)
class Sub(G[int, T]): pass
print(Sub.__parameters__, Sub[str], Sub.__orig_bases__)
print(get_type_hints(G), typing.get_origin(G[int, str]), typing.get_args(G[int, str]))
NT = NamedTuple("NT", x=int)
print(NT(1)) if False else None
class NTd(NamedTuple):
    a: int
    b: str = "x"
t(NTd); t(NTd, 1, "y", 3); print(NTd(1)._fields, NTd.__doc__ if False else "", NTd.__bases__ if False else "")
try:
    class NTbad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e: print(e)
try:
    class NTbad2(NamedTuple):
        _a: int
except ValueError as e: print(e)
print(repr(Optional[List[Dict[str, Tuple[int, ...]]]]), repr(Callable[[List[int], Optional[str]], Dict[str, Any]]), Union[List[int], None], Optional[Union[int, str]])
print(Literal["a", "b"] == Literal["b", "a"], Literal[1, 1], Union[int, bool] , Union[bool, int])
print(typing.Union.__class__, typing.Optional, typing.Generic, typing.Protocol, typing.TypeVar, typing.Any.__class__)
print(list[int] == List[int], type(list[int]), list[int].__origin__, dict[str, int].__args__, list[int]([1, 2]), list["X"])
print(Tuple[int, str].__args__, Tuple[()].__args__, tuple[()], tuple[int, ...].__args__)
def f(x: "int", y: Optional[int] = None) -> "List[int]": pass
print(get_type_hints(f))
print(typing.TypeVar("T", bound=int), typing.TypeVar("Q", int, str).__constraints__, repr(TypeVar("Z", covariant=True)))
t(TypeVar, "X", covariant=True, contravariant=True); t(TypeVar, "X", bound=1); t(TypeVar, 1)
print(Generic.__class_getitem__ is not None, typing.Iterable[int], typing.Sequence[str], typing.Mapping[str, int], typing.Counter[str], typing.Deque[int], typing.OrderedDict[str, int], typing.ChainMap[str, int], typing.DefaultDict[str, int], typing.Set[int], typing.FrozenSet[int], typing.Type[Any], typing.AbstractSet[int], typing.MutableMapping[str, int], typing.Generator[int, None, None], typing.AsyncIterator[int], typing.ContextManager[int])
print(typing.Text is str, typing.ByteString, typing.SupportsInt, typing.SupportsFloat, isinstance(1, typing.SupportsInt), isinstance("", typing.SupportsInt))
print(cast(List[int], [1]), typing.assert_type(1, int), typing.dataclass_transform() if False else "")
class Node:
    def __init__(self, nxt: Optional["Node"] = None): self.nxt = nxt
print(get_type_hints(Node.__init__))
t(get_type_hints, 5)
print(typing.Required[int], typing.NotRequired[int], typing.TypeGuard[int], typing.Concatenate if False else "")
class TD2(TypedDict, total=False):
    a: Required[int]
    b: int
print(TD2.__required_keys__, TD2.__optional_keys__)
print(hash(Union[int, str]) == hash(Union[str, int]), Union[int, str] == int | str, Optional[int] == int | None, repr(int | None))
