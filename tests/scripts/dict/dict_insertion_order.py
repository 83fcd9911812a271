d = {}
for k in ["z", "a", "m", "b", 3, 1, 2]:
    d[k] = len(d)
print(d, list(d), list(d.values()))
d["a"] = 100
print(d)
del d["z"]
del d[3]
print(d)
d["z"] = "back"
d[3] = "three"
print(d)
d.pop("m")
d["m"] = "new m"
print(list(d.keys()))
e = {"x": 1, "y": 2, "x": 3}
print(e, len(e))
f = {1: "int", 1.0: "float", True: "bool"}
print(f)
g = dict.fromkeys("hello")
print(g, dict.fromkeys([3, 1, 2], 0))
h = {}
for i in range(10):
    h[i] = i
for i in range(0, 10, 2):
    del h[i]
for i in range(0, 10, 3):
    h[i] = -i
print(h)
