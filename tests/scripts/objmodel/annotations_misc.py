# Module and class annotations, __class__ in methods, special methods set to None,
# instance dict shadowing, class attribute mutation through instances.
limit: int = 10
label: "str"
print(__annotations__, limit)
class Config:
    name: str
    size: int = 3
    tags: list = []
    if size > 1:
        big: bool = True
    def method(self):
        local: int = 1
        return local
class Sub(Config):
    extra: float = 0.5
class Nothing:
    pass
print(Config.__annotations__, Sub.__annotations__, Nothing.__annotations__)
print(Config.size, Config.big, Config().method(), "name" in Config.__dict__, "__annotations__" in Nothing.__dict__)
o = Nothing()
o.x: int = 5
print(o.x)

class Meta:
    def which(self):
        return __class__
    def name(self):
        return __class__.__name__
class Child(Meta):
    pass
print(Child().which(), Child().name(), Meta.which(None))

class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
class NoHash:
    __hash__ = None
print(NoHash.__hash__, hasattr(NoHash(), "__hash__"))

class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.items is b.items)
a.items = ["own"]
print(a.items, b.items, Shared.items)
class Method:
    def f(self):
        return "class"
m = Method()
m.f = lambda: "instance"
print(m.f(), Method.f(m), Method().f())
del m.f
print(m.f())
try:
    del m.f
except AttributeError as e:
    print("AttributeError:", e)
Method.f = lambda self: "patched"
print(m.f(), Method().f())
class Later:
    pass
Later.__repr__ = lambda self: "Later!"
Later.__len__ = lambda self: 3
Later.__eq__ = lambda self, other: True
print(repr(Later()), len(Later()), Later() == 1, [Later()])
del Later.__len__
try:
    len(Later())
except TypeError as e:
    print("TypeError:", e)
iter(NoIter())
