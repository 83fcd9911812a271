class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def describe(self):
        return f"Base(x={self.x})"
    @classmethod
    def make(cls, v):
        print("Base.make for", cls.__name__)
        return cls(v)
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Child.__init__", y)
    def describe(self):
        return "Child[" + super().describe() + f", y={self.y}]"
    @classmethod
    def make(cls, v):
        print("Child.make", cls.__name__)
        return super().make(v)
class Other(Base):
    def describe(self):
        return "Other<" + super(Other, self).describe() + ">"
    @classmethod
    def make(cls, v):
        inst = super().make(v * 2)
        inst.extra = True
        return inst
c = Child(1, 2)
print(c.describe())
o = Other.make(5)
print(o.describe(), o.extra, type(o).__name__)
class GrandChild(Child):
    def __init__(self, x):
        super().__init__(x, x + 1)
    def describe(self):
        return "GC{" + super(Child, self).describe() + "}"
g = GrandChild(7)
print(g.describe())
print(super(GrandChild, g).describe())
try:
    Child.make(3)
except TypeError as e:
    print("TypeError", e)
print(GrandChild.make(4).describe())
