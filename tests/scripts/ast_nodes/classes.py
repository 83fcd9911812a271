# ClassDef with bases, decorators, class attributes, methods, properties and super().
def tag(cls):
    cls.tagged = True
    return cls


class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n

    def describe(self):
        return f"{self.kind}:{self.n}"


@tag
class Child(Base):
    kind = "child"

    def describe(self):
        return "child(" + super().describe() + ")"

    @property
    def double(self):
        return self.n * 2

    @staticmethod
    def make():
        return Child(21)

    @classmethod
    def name(cls):
        return cls.__name__


c = Child.make()
print(c.describe(), c.double, Child.name(), Child.tagged, isinstance(c, Base))
print([k.__name__ for k in Child.__mro__])
