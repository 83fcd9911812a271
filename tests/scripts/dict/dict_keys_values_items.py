d = {"one": 1, "two": 2, "three": 3}
ks = d.keys()
vs = d.values()
its = d.items()
print(ks, vs, its)
print(list(ks), list(vs), list(its), len(ks), len(its))
d["four"] = 4
print(ks, len(vs))
print("one" in ks, "five" in d.keys(), 2 in vs, ("two", 2) in its, ("two", 3) in its)
for k in d:
    print(k, d[k], end=" | ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(sorted(d), sorted(d.values()), sorted(d.items(), key=lambda kv: -kv[1]))
print(max(d, key=d.get), min(d.values()), sum(d.values()))
print(list(zip(d.keys(), d.values())) == list(d.items()))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[0])
print(type(ks) is type({}.keys()), len({}.items()), list({}.values()))
