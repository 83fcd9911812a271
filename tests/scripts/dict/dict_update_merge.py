a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = dict(a)
c.update(b)
print(c, a, b)
print({**a, **b}, {**b, **a}, dict(a, **b), dict(b, **a))
a.update()
a.update({})
a.update(y=200)
print(a)
a.update([["w", 0]], v=-1)
print(a)
defaults = {"color": "red", "size": "M", "qty": 1}
order = {"size": "L", "qty": 3}
final = dict(defaults)
final.update(order)
print(final, defaults)
merged = {}
for part in [{"a": 1}, {"b": 2, "a": 3}, {"c": 4, "b": 5}]:
    for k, v in part.items():
        merged[k] = merged.get(k, 0) + v
print(merged)
e = {1: "a"}
e.update({1.0: "float", True: "bool"})
print(e)
