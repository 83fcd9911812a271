# Ends with an uncaught KeyError
d = {"x": 1, "y": 2, "z": 3}
del d["x"]
print(d)
del d["y"]
print(d)
d["x"] = 10
print(d)
print("x" in d, "y" in d)
print(list(d.items()))
del d["y"]
