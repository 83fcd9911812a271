from collections import OrderedDict, defaultdict, ChainMap

od = OrderedDict(a=1, b=2)
od["c"] = 3
print(od, repr(OrderedDict()), list(od))
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(x=1, y=2) == OrderedDict(y=2, x=1), OrderedDict(x=1, y=2) == dict(y=2, x=1))
print(OrderedDict.fromkeys("abc", 0), od.copy(), type(od.copy()).__name__)
o2 = OrderedDict([("d", 0), ("e", 1)])
print(o2 | {"f": 2}, list(reversed(o2)))
print(o2.setdefault("g", 5), o2.pop("d"), o2.pop("zz", "dflt"), o2)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    o2.move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)

dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(dd, dd.default_factory, dict(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
nd = defaultdict(lambda: defaultdict(int))
nd["x"]["y"] += 2
print(dict(nd["x"]), "z" in nd, len(nd))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(defaultdict(int, {"a": 1}, b=2), defaultdict(list).copy())
print(isinstance(dd, dict), dd == {"a": [1, 2], "b": []})
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0), "b" in cm)
cm["c"] = 4
print(cm.maps, cm.new_child({"a": 0})["a"], cm.parents)
try:
    cm["zz"]
except KeyError as e:
    print("KeyError:", e)
