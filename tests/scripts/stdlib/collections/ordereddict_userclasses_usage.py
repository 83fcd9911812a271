from collections import OrderedDict, Counter, defaultdict, namedtuple, deque, ChainMap, UserList, UserString, UserDict
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("d", False); print(list(od), list(reversed(od.keys())), list(reversed(od.items()))[:2], list(reversed(od.values()))[:1])
print(od.pop("a"), od.pop("zz", 0), list(od)); t(od.pop, "zz")
od2 = OrderedDict(x=1); od2.update([("y", 2)], z=3); od2["x"] = 9; print(od2, od2 == {"z": 3, "y": 2, "x": 9}, od2 == OrderedDict(z=3, y=2, x=9))
print(OrderedDict(sorted({"b": 2, "a": 1}.items())), repr(OrderedDict([(1, OrderedDict())])), od2.copy() is not od2, type(od2.copy()).__name__)
od3 = OrderedDict(a=1); od3 |= {"b": 2}; print(od3, {"c": 3} | od3, type({"c": 3} | od3).__name__)


it = iter(od2); od2["new"] = 1

Emp = namedtuple("Emp", "name dept salary")
rows = [Emp("a", "x", 10), Emp("b", "y", 20), Emp("c", "x", 30)]
by = defaultdict(list)
for r_ in rows: by[r_.dept].append(r_.salary)
print({k: sum(v) for k, v in by.items()}, max(rows, key=lambda e: e.salary).name, sorted(rows, key=lambda e: -e.salary)[0], rows[0]._asdict())
print(Emp._field_defaults, Emp.__match_args__, Emp.__slots__ if hasattr(Emp, "__slots__") else "", Emp.salary, Emp("q", "w", 1).count(1), Emp("q", "w", 1).index("w"))
match rows[1]:
    case Emp(name, "y", s): print("matched", name, s)
ul = UserList([3, 1]); ul.sort(); ul.append(2); print(ul, type(ul + [1]).__name__, ul * 2, ul[0], ul[:1], type(ul[:1]).__name__, len(ul), 1 in ul)
us = UserString("hello"); print(us.upper(), type(us.upper()).__name__, us[1:], us + "!", us * 2, len(us), "ell" in us, us.split("l"))
ud = UserDict({"a": 1}); ud["b"] = 2; print(ud, "a" in ud, ud.get("c", 0), type(ud.copy()).__name__, list(ud), ud | {"c": 3})
class Default(UserDict):
    def __missing__(self, k): return k * 2
print(Default()["ab"])
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); cm2 = cm.new_child(); cm2["a"] = 5; print(cm2, cm2.parents, dict(cm2), cm2.maps[1] is cm.maps[0], len(cm2))
dq = deque(maxlen=3)
for i in range(5): dq.append(i)
print(dq, sum(dq), list(dq) == [2, 3, 4], dq.maxlen, deque(dq), deque(dq, 2))
dq.rotate(-1); print(dq); dq.extendleft("ab"); print(dq)

