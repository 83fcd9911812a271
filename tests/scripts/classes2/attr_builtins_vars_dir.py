class Box:
    kind = "box"
    def __init__(self):
        self.w = 1
        self.h = 2
    def area(self):
        return self.w * self.h
b = Box()
print(getattr(b, "w"), getattr(b, "kind"), getattr(b, "zz", None))
setattr(b, "d", 3)
setattr(b, "w", 10)
print(b.d, b.w, b.area())
print(hasattr(b, "area"), hasattr(b, "d"), hasattr(Box, "d"), hasattr(Box, "area"))
delattr(b, "d")
print(hasattr(b, "d"), vars(b))
print(vars(b) is b.__dict__)
b.__dict__["x"] = "via dict"
print(b.x, sorted(vars(b)))
names = [n for n in dir(b) if not n.startswith("__")]
print(names)
print("__init__" in dir(Box), "area" in dir(Box), "w" in dir(Box))
try:
    getattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr(b, "area")(), getattr(Box, "area")(b))
for attr in ["w", "h"]:
    setattr(b, attr, getattr(b, attr) * 100)
print(b.w, b.h)
setattr(b, "with space", 1)
print(getattr(b, "with space"), sorted(vars(b)))
class Empty:
    pass
print(vars(Empty()), [n for n in dir(Empty()) if not n.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in vars(Box) if not k.startswith("__")))
