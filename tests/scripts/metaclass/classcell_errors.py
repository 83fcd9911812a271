class Dropper(type):
    def __new__(mcls, name, bases, ns):
        clean = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, clean)
class Fine(metaclass=Dropper):
    def m(self): return 1
print(Fine().m())
class Keeper(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Good(metaclass=Keeper):
    def m(self): return super().__repr__()[:8]
print(Good().m())
class Bad(metaclass=Dropper):
    def m(self): return super().m()
