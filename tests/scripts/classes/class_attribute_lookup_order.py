class Base:
    x = "Base.x"
    y = "Base.y"
    def who(self):
        return "Base.who"
    def call_who(self):
        return self.who()
class Child(Base):
    y = "Child.y"
    def who(self):
        return "Child.who"
c = Child()
print(c.x, c.y, c.who(), c.call_who(), Base().call_who())
c.x = "instance x"
print(c.x, Child.x, Base.x)
Base.x = "new Base.x"
print(Child.x, Child().x, c.x)
Child.z = "added later"
print(c.z)
b = Base()
b.who = lambda: "instance lambda"
print(b.who(), b.call_who(), Base.who(b))
class GrandChild(Child):
    pass
g = GrandChild()
print(g.x, g.y, g.who(), isinstance(g, Base), isinstance(c, GrandChild))
