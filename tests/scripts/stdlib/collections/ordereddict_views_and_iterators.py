# OrderedDict's iterators and views are CPython's odict_iterator and odict_keys/values/items:
# their types, reprs, set operations, reversal and the dict views they derive from.
import collections.abc as cabc
from collections import OrderedDict

od = OrderedDict(a=1, b=2, c=3)
objs = [iter(od), od.keys(), od.values(), od.items(), iter(od.keys()), iter(od.values()),
        iter(od.items()), reversed(od), reversed(od.keys()), reversed(od.values()),
        reversed(od.items())]
for x in objs:
    t = type(x)
    print(t, t.__name__, t.__qualname__, t.__module__, repr(x).split(" at ")[0])

print(od.keys(), od.values(), od.items())
print(OrderedDict().keys(), OrderedDict().values(), OrderedDict().items())
print(str(od.keys()), len(od.keys()), len(od.values()), len(od.items()))
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())),
      list(reversed(od.items())))
print(list(od.keys()), list(od.values()), list(od.items()))
print(od.keys() & {"a"}, sorted(od.items() | {("x", 0)}), sorted(od.keys() - ["a"]),
      sorted(od.keys() ^ {"a", "z"}), sorted(od.items() & [("a", 1), ("b", 5)]))
print(od.keys() == {"a", "b", "c"}, od.items() <= od.items(), od.keys() < {"a", "b", "c", "d"})
print("a" in od.keys(), "z" in od.keys(), ("a", 1) in od.items(), ("a", 2) in od.items(),
      1 in od.values(), 9 in od.values())
print(od.keys().isdisjoint({"z"}), od.items().isdisjoint([("a", 1)]))
print(type(od.keys()).__mro__, type(od.values()).__mro__, type(od.items()).__mro__)
print(type(iter(od)).__mro__)
print(isinstance(od.keys(), cabc.KeysView), isinstance(od.values(), cabc.ValuesView),
      isinstance(od.items(), cabc.ItemsView), isinstance(iter(od), cabc.Iterator))
print(issubclass(type(od.keys()), type({}.keys())), isinstance(od.keys(), type({}.keys())),
      type(od.keys()) is type({}.keys()))
it = iter(od)
print(iter(it) is it, next(it), it.__next__(), list(it), list(it))
print(sorted(k for k in vars(type(od.keys())) if k != "__doc__"))
print([k in vars(type(iter(od))) for k in ("__iter__", "__next__", "__reduce__", "__length_hint__")])
print(list(map(len, [od.keys(), od.items()])))

# Hashability and comparison of the views follow the dict views.
for view in (od.keys(), od.items()):
    try:
        hash(view)
    except TypeError as e:
        print("TypeError", e)
print(od.values() == od.values(), od.keys() == od.keys(), od.items() == OrderedDict(a=1, b=2, c=3).items())

# Views stay live.
ks = od.keys()
od["d"] = 4
print(ks, len(ks))
del od["a"]
print(ks, list(reversed(ks)))
od.move_to_end("b")
print(ks, od.values(), od.items())
od.move_to_end("b", last=False)
print(ks)

# A subclass keeps the odict views and iterator.
class Sub(OrderedDict):
    pass

s = Sub(x=1, y=2)
print(type(s.keys()).__name__, type(iter(s)).__name__, s.items(), list(reversed(s)))
print(dict(s), list(s), sorted(s), OrderedDict(s) == s, s == OrderedDict(y=2, x=1))


# A subclass overriding __iter__ is iterated through it; keys() keeps the dict order.
class Rev(OrderedDict):
    def __iter__(self):
        return reversed(self)


r = Rev(a=1, b=2)
print(list(r), list(r.keys()), [k for k in r])

# popitem, pickling support and copies see the order.
od = OrderedDict.fromkeys("abcde", 0)
print(od.popitem(), od.popitem(last=False), od)
red = od.__reduce__()
print(red[0], red[1:4], type(red[4]).__name__, list(red[4]))
print(od.copy(), OrderedDict(reversed(od.items())))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
for bad in ("q", []):
    try:
        od.move_to_end(bad)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    OrderedDict().move_to_end("a")
except KeyError as e:
    print("KeyError", e)
od.move_to_end("c")
od.move_to_end("b", False)
print(od)
