from typing import *
import typing
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
T = TypeVar("T"); KT = TypeVar("KT"); VT = TypeVar("VT")
class Repo(Generic[T]):
    items: List[T]
    def __init__(self): self.items = []
    def add(self, x: T) -> "Repo[T]": self.items.append(x); return self
    def get(self, i: int) -> Optional[T]: return self.items[i] if i < len(self.items) else None
r = Repo[int]().add(1).add(2); print(r.get(0), r.get(5), type(r).__name__, Repo[int].__name__ if hasattr(Repo[int], "__name__") else "", Repo.__orig_bases__ if hasattr(Repo, "__orig_bases__") else "")
class Mapping2(Generic[KT, VT], dict): pass
print(Mapping2[str, int], Mapping2.__mro__)
print(Repo[List[int]], Repo[Optional[str]], Repo[Repo[int]], Repo[T], Repo[T][int], Dict[KT, List[VT]][str, int])
print(get_type_hints(Repo.add), get_type_hints(Repo.get), get_type_hints(Repo))
@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), SupportsClose), issubclass(F, SupportsClose), isinstance(open if False else 1, SupportsClose))
class Proto(Protocol[T]):
    def get(self) -> T: ...
print(Proto[int], Proto.__parameters__, Proto.__protocol_attrs__ if hasattr(Proto, "__protocol_attrs__") else "", typing.Protocol.__mro__)
class Impl(Proto[int]):
    def get(self): return 1
print(Impl().get(), Impl.__mro__[:2])
class Empl(NamedTuple):
    name: str
    id: int = 3
    def __repr__(self): return f"<E {self.name}>"
print(Empl("x"), Empl("x", 1) == ("x", 1), Empl._make(["a", 2]), isinstance(Empl("a"), tuple))
TD = TypedDict("TD", {"a": int, "b-c": str}, total=False)
print(TD(a=1), TD.__optional_keys__ == frozenset({"a", "b-c"}), TD.__total__)
t(TypedDict, "X", {"a": int}, b=int)
class TDB(TypedDict):
    x: int
class TDC(TDB):
    y: str
print(TDC.__annotations__, TDC.__required_keys__, TDC(x=1, y="a"), type(TDC(x=1, y="")))
t(lambda: TDC.__mro__)
print(Literal["x"].__args__, get_args(Literal[True, None]), Final[List[int]], ClassVar[Dict[str, int]])
print(Callable[[T], T][int], Callable[..., T][str], Callable[[int], None].__origin__, get_args(Callable[..., int]))
print(Union[int, List[int], None], Optional[Callable[[], None]], Union[Dict[str, Any], List[Any]])
print(repr(Tuple[int, ...]), tuple[int, ...], repr(Type[T]), Type[Union[int, str]])
def deco(f: Callable[..., T]) -> Callable[..., T]: return f
@deco
def h(): return 1
print(h(), typing.get_type_hints(deco))
Alias = List[Tuple[str, int]]
print(Alias, Alias[0] if False else "", Alias.__args__)
t(lambda: Alias[int])
t(lambda: isinstance(1, Alias))
t(lambda: issubclass(list, Alias))
t(lambda: Alias())
print(Optional[int].__origin__, typing.get_origin(Optional[int]) is Union, Union[int, str].__args__)
U = TypeVar("U", int, str)
def first(x: U) -> U: return x
print(first(3), U.__constraints__, U.__bound__)
NewInt = NewType("NewInt", int); print(NewInt(5) + 1, NewInt, repr(NewInt), NewInt.__name__)

print(typing.TYPE_CHECKING, typing.AnyStr.__constraints__, typing.cast(str, 1), typing.overload.__name__)
