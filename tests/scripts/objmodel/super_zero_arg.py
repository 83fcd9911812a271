# Zero-argument super(): the __class__ cell, cooperative multiple inheritance, classmethods,
# nested functions, generators, and the two-argument form.
class Base:
    def __init__(self, x):
        self.x = x
    def who(self):
        return "Base"
    @classmethod
    def make(cls, x):
        return cls(x)
    @staticmethod
    def helper(n):
        return n * 2
    @property
    def double(self):
        return self.x * 2

class Mid(Base):
    def who(self):
        return "Mid>" + super().who()
    @classmethod
    def make(cls, x):
        inst = super().make(x + 1)
        inst.tag = cls.__name__
        return inst
    def helper_via_super(self):
        return super().helper(21)
    def dbl(self):
        return super().double

class Leaf(Mid):
    def who(self):
        def inner():
            return "Leaf>" + super(Leaf, self).who()
        return inner()
    def gen(self):
        yield super().who()
        yield super().who()
    def lam(self):
        f = lambda: super(Leaf, self).who()
        return f()

leaf = Leaf.make(1)
print(leaf.x, leaf.tag, leaf.who(), list(leaf.gen()), leaf.lam())
print(leaf.helper_via_super(), leaf.dbl())

# Cooperative __init__ across a diamond.
class A:
    def __init__(self, **kw):
        print("A", sorted(kw))
        super().__init__()
class B(A):
    def __init__(self, b=0, **kw):
        print("B", b)
        super().__init__(**kw)
class C(A):
    def __init__(self, c=0, **kw):
        print("C", c)
        super().__init__(**kw)
class D(B, C):
    def __init__(self, **kw):
        print("D")
        super().__init__(**kw)
D(b=1, c=2, extra=3)
print([k.__name__ for k in D.__mro__])

# super objects
s = super(B, D())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(super(B, D).__init__ is A.__init__ or super(B, D).__init__ is C.__init__)
print(repr(super(Leaf)), repr(super(Leaf, leaf)))

# self captured by a closure is still found.
class Cap(Base):
    def who(self):
        g = lambda: self.x
        return super().who() + str(g())
print(Cap(5).who())

# super() where the first argument was rebound still uses the current value.
class Odd(Base):
    def who(self):
        self = Odd2(0)
        return super().who() + type(self).__name__
class Odd2(Odd):
    pass
print(Odd(1).who())

# Errors.
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
def with_arg(a):
    return super()
try:
    with_arg(1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(Leaf, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, leaf)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Leaf, leaf).missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
class Bad(Base):
    def who(self):
        del self
        return super().who()
Bad(1).who()
