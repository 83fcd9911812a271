d = {i: chr(97 + i) for i in range(6)}
while d:
    k, v = d.popitem()
    print(k, v, d)
d["new"] = 1
d["newer"] = 2
print(d.popitem(), d)
e = {"a": 1, "b": 2, "c": 3}
del e["c"]
e["d"] = 4
print(e.popitem(), e.popitem(), e)
e["c"] = 5
print(e, e.popitem(), e)
