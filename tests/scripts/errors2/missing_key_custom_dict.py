class Registry(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            self[key] = len(self)
            return self[key]
        raise KeyError(f"{key} is not registered")
r = Registry(a=1)
print(r["a"], r["auto_x"], r["auto_y"], r)
print(r.get("zzz", "get ignores __missing__"))
print(r["zzz"])
