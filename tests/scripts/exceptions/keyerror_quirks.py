print(str(KeyError("a")), repr(KeyError("a")))
print(str(KeyError(1)), str(KeyError((1, 2))), str(KeyError("")), str(KeyError()))
print(str(KeyError("a", "b")), str(KeyError(None)))
d = {"x": 1}
for key in ["y", 5, (1, 2), None, 2.5, "it's", ""]:
    try:
        d[key]
    except KeyError as e:
        print(type(key).__name__, "->", e, "|", repr(e), "|", e.args)
try:
    d.pop("nope")
except KeyError as e:
    print("pop:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
try:
    set().pop()
except KeyError as e:
    print("set.pop:", e)
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("set.remove:", e, e.args)
try:
    del d["gone"]
except KeyError as e:
    print("del:", e)
print(f"{KeyError('f')}", "%s" % KeyError("p"), "{}".format(KeyError("q")))
print(str(LookupError("a")), str(IndexError("a")))
class MyKey(KeyError):
    pass
print(str(MyKey("m")), repr(MyKey("m")))
