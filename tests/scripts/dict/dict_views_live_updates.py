d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(len(k), list(k), list(v), list(it))
d["c"] = 3
print(len(k), list(k), list(v), list(it))
del d["a"]
print(k, v, it)
d["a"] = 0
print(list(k), sorted(k), "a" in k, ("a", 0) in it, 0 in v)
d.clear()
print(k, v, it, len(it), bool(k))
d.update(x=9)
print(k, list(it)[0], list(v)[0])
print(list(d.keys()) == list(d), [x for x in d.values()], dict(d.items()) == d)
e = {i: i * i for i in range(5)}
print(list(e.items())[1:3], list(e.keys())[::-1], sum(e.values()), max(e.items(), key=lambda kv: kv[1]))
print(sorted(e.items(), reverse=True), list(reversed(e.keys())))
