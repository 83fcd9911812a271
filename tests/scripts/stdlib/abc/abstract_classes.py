from abc import ABC, ABCMeta, abstractmethod
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perim(self): ...
    def describe(self): return f"{type(self).__name__} {self.area()}"
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try: Sq(2)
except TypeError as e: print(e)
class Sq2(Sq):
    def perim(self): return 4 * self.s
print(Sq2(3).describe(), Shape.__abstractmethods__, Sq2.__abstractmethods__, sorted(Sq.__abstractmethods__))
class One(ABC):
    @abstractmethod
    def f(self): pass
try: One()
except TypeError as e: print(e)
class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def st(): ...
class PI(P):
    @property
    def name(self): return "pi"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def st(): return 1
print(PI.make().name, PI.st())
class M(metaclass=ABCMeta):
    pass
M.register(int); print(isinstance(1, M), issubclass(int, M), issubclass(str, M), M.register(str) is str)
class Vir(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"): return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Vir), issubclass(int, Vir), type(ABC), ABC.__abstractmethods__ if hasattr(ABC, "__abstractmethods__") else "none", type(Shape))
print(abstractmethod(lambda: 1).__isabstractmethod__, getattr(Sq2.area, "__isabstractmethod__", False))
class E(ABC): pass
print(E(), type(E()).__name__) if False else print(type(E()).__name__)
class Multi(ABC):
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def c(self): ...
try: Multi()
except TypeError as e: print(e)
print(abc.get_cache_token() is not None, abc.update_abstractmethods.__name__)
class Late(ABC):
    pass
def lm(self): ...
Late.lm = abstractmethod(lm); abc.update_abstractmethods(Late)
try: Late()
except TypeError as e: print(e)
try: M.register(5)
except TypeError as e: print(e)
import collections.abc as cabc
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
s = MySeq(); print(list(s), s.index(2), s.count(1), 3 in s, list(reversed(s)))
class MyIt(cabc.Iterator):
    def __next__(self): raise StopIteration
print(list(MyIt()), iter(MyIt()).__class__.__name__)
try:
    class BadIt(cabc.Iterator): pass
    BadIt()
except TypeError as e: print(e)
