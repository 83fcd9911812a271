# Ends with an uncaught KeyError
d = {"a": 1, "b": 2}
print(d.popitem())
print(d.popitem())
print(d, len(d))
d["c"] = 3
print(d.popitem())
print(d == {})
print(bool(d))
print("popping from empty dict")
print(d.popitem())
