# Ends with an uncaught KeyError
d = {"a": 1, "b": 2}
print(d["a"], d["b"])
print(d.get("x"), d.get("x", 0))
print("x" in d)
d["c"] = 3
print(d)
del d["c"]
print(d)
print(list(d))
print(d["x"])
