class A:
    pass
A.__abstractmethods__ = frozenset({'b', 'a'})
try: A()
except TypeError as e: print(e)
A.__abstractmethods__ = frozenset({'b'})
try: A()
except TypeError as e: print(e)
class B(A): pass
print(type(B()).__name__)
A.__abstractmethods__ = ()
print(A() is not None)
try: print(type.__abstractmethods__)
except AttributeError as e: print(e)
class C: pass
try: print(C.__abstractmethods__)
except AttributeError as e: print(e)
class M(type):
    def __getattr__(cls, name):
        return f"meta-{name}"
    def __setattr__(cls, name, value):
        print("meta setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("meta delattr", name)
        super().__delattr__(name)
class K(metaclass=M):
    x = 1
print(K.x, K.missing)
K.y = 2
print(K.y)
del K.y
print(K.y)
print(getattr(K, 'zz'), hasattr(K, 'q'))
class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"cannot reassign {name}")
class Consts(metaclass=Frozen):
    PI = 3
try:
    Consts.PI = 4
except AttributeError as e: print(e)
print(Consts.PI)
