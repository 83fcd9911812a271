class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Base) and self.v == other.v
    def __repr__(self):
        return f"{self.tag()}({self.v})"
    def tag(self):
        return "Base"
class Derived(Base):
    def tag(self):
        return "Derived"
print(Base(1), Derived(2), [Base(3), Derived(3)])
print(Base(1) == Derived(1), Derived(1) == Base(1), Derived(1) == Derived(2))
print(Base(1) in [Derived(1)], [Base(1), Derived(2)] == [Derived(1), Base(2)])
print(str(Derived("x")), f"{Derived([1])!r}", "%s" % Base(None))
class Quiet(Derived):
    def __str__(self):
        return "quiet"
q = Quiet(9)
print(q, repr(q), [q], f"{q}", q == Base(9))
