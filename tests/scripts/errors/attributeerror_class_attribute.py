# Ends with an uncaught AttributeError
class Base:
    kind = "base"
    def hello(self):
        return "hi"
class Child(Base):
    pass
print(Child.kind, Child().hello())
print(Base.kind)
print(Child().kind)
print(Base.missing)
