# Ends with an uncaught KeyError
d = {"k": 1}
print(d.pop("k"))
print(d)
d["j"] = 2
print(d.pop("z", "default"))
print(d.setdefault("z", 26))
print(d)
print(d.pop("z"))
print(d)
print(d.pop("z"))
