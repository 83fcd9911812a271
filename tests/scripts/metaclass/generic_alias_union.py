try: int | 3
except TypeError as e: print(e)
try: 3 | int
except TypeError as e: print(e)
print(None | int, int | int, (int | str) == (str | int), hash(int|str) == hash(str|int))
print(int | list[int], list[int] | None, type(list[int] | None))
print((int | str) | (bytes | None) if False else (int | str) | (float | None))
print(isinstance(None, int | None), issubclass(bool, int | str), isinstance("x", int | float))
try: isinstance(1, list[int] | None)
except TypeError as e: print(e)
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
print(list[int] == list[int], list[int] != list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(tuple[int, str].__args__, dict[str, int].__origin__, list[int].__parameters__)
print(repr(type[int]), type[int])
class A:
  pass
print(list[A], list['A'], list[...], list[None], list[1])
print(list[int].append, list[int].__name__)
print(tuple[int, ...], tuple[()], dict[str, list[int]], set[frozenset[int]])
print((int|None).__args__)
print(type(int|None).__name__, type(list[int]).__name__, type(list[int]), type(int | None))
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1,)))
def f(x: list[int], y: dict[str, int | None] = None) -> tuple[int, ...]: pass
print(f.__annotations__)
class P:
    items: list[str]
    mapping: dict[str, "P"] | None = None
print(P.__annotations__)
d = {list[int]: 1, int | str: 2}
print(d[list[int]], d[str | int])
for bad in (int, str, object, range):
    try: bad[int]
    except TypeError as e: print(e)
print(int | A, A | None)
class MyList(list[int]):
    pass
m = MyList([1, 2])
print(m, MyList.__bases__, MyList.__orig_bases__, MyList.__mro__)
class Fake:
    def __mro_entries__(self, bases):
        print("entries", len(bases))
        return (dict,)
class D(Fake(), metaclass=type):
    pass
print(D.__bases__, D(a=1))
class Bad:
    def __mro_entries__(self, bases):
        return [object]
try:
    class E(Bad()): pass
except TypeError as e: print(e)
