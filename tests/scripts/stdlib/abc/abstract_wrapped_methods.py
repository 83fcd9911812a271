# Abstract methods under property, classmethod and staticmethod stay abstract (audit 11, AB1/AB2).
from abc import ABC, abstractmethod


class A(ABC):
    @property
    @abstractmethod
    def name(self): ...


class B(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...


class C(ABC):
    @staticmethod
    @abstractmethod
    def st(): ...


class D(ABC):
    @property
    def v(self): return 1

    @v.setter
    @abstractmethod
    def v(self, x): ...


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


for k in (A, B, C, D, P):
    print(k.__name__, sorted(k.__abstractmethods__))
    try:
        k()
        print("instantiated")
    except TypeError as e:
        print(e)


class PI(P):
    @property
    def name(self): return "pi"

    @classmethod
    def make(cls): return cls()

    @staticmethod
    def st(): return 1


print(PI.make().name, PI.st(), sorted(PI.__abstractmethods__))
print(property(abstractmethod(lambda s: 1)).__isabstractmethod__,
      classmethod(abstractmethod(lambda s: 1)).__isabstractmethod__,
      staticmethod(abstractmethod(lambda: 1)).__isabstractmethod__)
print(property(lambda s: 1).__isabstractmethod__, property().__isabstractmethod__,
      classmethod(lambda c: 1).__isabstractmethod__, staticmethod(len).__isabstractmethod__)
print(property(None, abstractmethod(lambda s, v: 1)).__isabstractmethod__)
