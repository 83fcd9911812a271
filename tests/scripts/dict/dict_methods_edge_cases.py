def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d, d.pop("zz", None), d.pop("zz", "dflt"))
d["b"] = 20
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d.popitem(), d)
d["x"] = 9
print(d.setdefault("x", 0), d.setdefault("y"), d.setdefault("z", []), d)
d["z"].append(1)
print(d)
d.update({"a": 100, "new": 1}, extra=2)
d.update([("p", 1), ["q", 2]], a=-1)
d.update(k=0)
d.update()
print(d)
e = d.copy()
e["a"] = "changed"
print(d["a"], e["a"], e == d, e is d)
e.clear()
print(e, len(e), d.get("a"), d.get("missing"), d.get("missing", 5))
print(dict.fromkeys("abca"), dict.fromkeys([3, 1, 2], 0), {}.fromkeys(range(3), "v"))
print(dict.fromkeys({5: 1, 6: 2}), dict.fromkeys((x * 2 for x in range(4)), None), dict.fromkeys([]))
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
# Order after deletes and reinserts.
o = {}
for i in range(10):
    o[i] = i * i
for i in range(0, 10, 3):
    del o[i]
o[0] = "back"
o.pop(4)
o[4] = "again"
print(o, o.popitem(), list(o))
while o:
    k, v = o.popitem()
print(o, k, v)
attempt(lambda: {}.popitem())
attempt(lambda: {}.pop(1))
attempt(lambda: {}.pop([]))
attempt(lambda: {1: 2}.pop([]))
attempt(lambda: {}.pop())
attempt(lambda: {}.pop(1, 2, 3))
attempt(lambda: {}.get())
attempt(lambda: {}.get(1, 2, 3))
attempt(lambda: {}.get([]))
attempt(lambda: {}.setdefault())
attempt(lambda: {}.setdefault([], 1))
attempt(lambda: {}.update(1))
attempt(lambda: {}.update([1]))
attempt(lambda: {}.update([(1, 2, 3)]))
attempt(lambda: {}.update({}, {}))
attempt(lambda: {}.keys(1))
attempt(lambda: {}.copy(1))
attempt(lambda: {}.clear(1))
attempt(lambda: dict.fromkeys())
attempt(lambda: dict.fromkeys(1))
attempt(lambda: dict.fromkeys([1], 2, 3))
attempt(lambda: dict.fromkeys([[1]]))
attempt(lambda: dict.get({}, 1, a=1))
attempt(lambda: dict.keys(1))
attempt(lambda: dict.items())
views = {"one": 1, "two": 2}
k, v, it = views.keys(), views.values(), views.items()
views["three"] = 3
del views["one"]
print(list(k), list(v), list(it), len(k), "two" in k, ("two", 2) in it)
