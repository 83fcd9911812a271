class Outer:
    class Inner:
        class Deepest:
            def method(self):
                return "deep"
        def im(self):
            pass
    def method(self):
        def local():
            pass
        return local
    @staticmethod
    def sm():
        pass
    @classmethod
    def cm(cls):
        pass
print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.method.__qualname__)
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer().method().__name__)
print(Outer.sm.__qualname__, Outer.cm.__qualname__, Outer.Inner.im.__name__)
def factory():
    class Local:
        def m(self):
            pass
    return Local
L = factory()
print(L.__name__, L.__qualname__, L.m.__qualname__)
print(Outer.__module__, factory.__module__, factory.__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
class K:
    f = lambda self: 1
    def g(self):
        return [x for x in range(1)]
print(K.f.__name__, K.f.__qualname__)
o = Outer.Inner.Deepest()
print(o.__class__.__name__, o.__class__.__qualname__, type(o).__qualname__)
print(repr(Outer.Inner).replace("__main__.", "M."), str(L).replace("__main__.", "M."))
print(int.__name__, int.__qualname__, len.__name__, str.upper.__qualname__, [].append.__name__)
