class Config:
    def __init__(self, **values):
        self.values = values
        self.real = "real-attr"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(f"no config key {name!r}") from None
c = Config(host="localhost", port=8080)
print(c.host, c.port, c.real)
print(getattr(c, "missing", "dflt"))
print(hasattr(c, "port"), hasattr(c, "nope"), hasattr(c, "values"))
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
c.host = "example.org"
print(c.host, c.values["host"])
class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0
    def __getattr__(self, name):
        self.hits += 1
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.hits, p.count(1), p.hits)
class Chain:
    def __init__(self, path=""):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + "/" + name)
    def __repr__(self):
        return "Chain(" + self.path + ")"
print(Chain().api.v1.users, Chain("root").x)
class Prop:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback:" + name
print(Prop().broken, Prop().other)
