class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        print("missing", repr(key))
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, len(dd), sorted(dd.items()))
print(dd.get("zz"), "zz" in dd, dd.get("a"))
counts = DefaultDict(int, x=5)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
print(isinstance(dd, dict), type(dd).__name__, dict(dd) == {"a": [1, 2], "b": [3]})
class Ci(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
ci = Ci()
ci["Name"] = "x"
ci["NAME"] = "y"
print(ci, ci["nAmE"], "NaMe" in ci, len(ci))
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
a = Attr(host="h", port=1)
print(a.host, a.port, a, hasattr(a, "nope"), a.keys() == {"host", "port"})
class Missing2(dict):
    def __missing__(self, key):
        return key * 2
m = Missing2({1: "one"})
print(m[1], m[5], m["ab"], m, m.get(5, "get ignores missing"))
class Reprd(dict):
    def __repr__(self):
        return "Reprd" + super().__repr__()
print(Reprd(a=1), [Reprd()], {"k": Reprd(b=2)})
