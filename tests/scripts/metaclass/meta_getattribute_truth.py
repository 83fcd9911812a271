class Logged(type):
    def __getattribute__(cls, name):
        if not name.startswith("_"):
            print("get", name)
        return super().__getattribute__(name)
    def __getattr__(cls, name):
        return f"<missing {name}>"
class A(metaclass=Logged):
    x = 1
    def m(self): return 5
print(A.x, A().m(), A.nope)
class Truthy(type):
    def __bool__(cls): return False
    def __len__(cls): return 3
class T(metaclass=Truthy): pass
print(bool(T), len(T), "yes" if T else "no")
class L(type):
    def __len__(cls): return 0
class U(metaclass=L): pass
