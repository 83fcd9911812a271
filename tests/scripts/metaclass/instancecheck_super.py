class Meta(type):
    def __instancecheck__(cls, inst):
        print("check", cls.__name__, type(inst).__name__)
        return super().__instancecheck__(inst)
    def __subclasscheck__(cls, sub):
        return sub.__name__.startswith("Ok") or super().__subclasscheck__(sub)
class A(metaclass=Meta): pass
class B(A): pass
class OkThing: pass
print(isinstance(B(), A), isinstance(3, A), isinstance(A(), A))
print(issubclass(OkThing, A), issubclass(int, A), issubclass(B, A))
print(isinstance(3, (str, A)), issubclass(OkThing, (int, A)))
print(A.__instancecheck__(B()), int.__instancecheck__(True), int.__subclasscheck__(bool), type.__instancecheck__(A, 3))
print(type.__prepare__("x", ()), A.__prepare__ is not None)
