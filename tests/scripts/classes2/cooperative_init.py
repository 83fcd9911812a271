class Base:
    def __init__(self, **kw):
        print("Base got", sorted(kw))
        super().__init__()
class Named(Base):
    def __init__(self, name=None, **kw):
        print("Named", name)
        self.name = name
        super().__init__(**kw)
class Sized(Base):
    def __init__(self, size=0, **kw):
        print("Sized", size)
        self.size = size
        super().__init__(**kw)
class Thing(Named, Sized):
    def __init__(self, color="red", **kw):
        print("Thing", color)
        self.color = color
        super().__init__(**kw)
t = Thing(name="box", size=3, color="blue")
print(t.name, t.size, t.color, [c.__name__ for c in Thing.__mro__])
t2 = Thing()
print(t2.name, t2.size, t2.color)
class Loud:
    def hello(self):
        return ["Loud"]
class Mixin:
    def hello(self):
        return ["Mixin"] + super().hello()
class Final(Mixin, Loud):
    def hello(self):
        return ["Final"] + super().hello()
print(Final().hello(), Mixin.hello(Final()))
try:
    Mixin().hello()
except AttributeError as e:
    print("AttributeError:", e)
