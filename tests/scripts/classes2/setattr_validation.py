class Strict:
    allowed = ("name", "age")
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __setattr__(self, key, value):
        print("setattr", key, repr(value))
        if key not in self.allowed:
            raise AttributeError(f"cannot set {key!r}")
        if key == "age" and not isinstance(value, int):
            raise TypeError("age must be int")
        object.__setattr__(self, key, value)
    def __delattr__(self, key):
        print("delattr", key)
        if key == "name":
            raise AttributeError("name is required")
        object.__delattr__(self, key)
s = Strict("ann", 30)
s.age = 31
print(s.name, s.age, sorted(vars(s).items()))
for key, val in [("email", "a@b"), ("age", "old")]:
    try:
        setattr(s, key, val)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del s.name
except AttributeError as e:
    print("AttributeError:", e)
del s.age
print(hasattr(s, "age"), vars(s))
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print("AttributeError:", e)
class Tracked:
    def __setattr__(self, k, v):
        super().__setattr__(k, v)
        super().__setattr__("last", k)
t = Tracked()
t.a = 1
t.b = 2
print(t.a, t.b, t.last, sorted(t.__dict__))
