class Base:
    def __enter__(self):
        print("Base.__enter__ for", type(self).__name__)
        return self
    def __exit__(self, *args):
        print("Base.__exit__ got", len(args), "args")
class Child(Base):
    def __exit__(self, et=None, ev=None, tb=None, *extra):
        print("Child.__exit__", et, extra)
        return super().__exit__(et, ev, tb)
with Child() as c:
    print("in body", type(c).__name__)
class Plain:
    pass
p = Plain()
p.__enter__ = lambda: print("instance enter")
p.__exit__ = lambda *a: print("instance exit")
try:
    with p:
        print("never")
except TypeError as e:
    print("TypeError:", e)
def enter(self):
    print("patched enter")
    return "patched"
def exit_(self, *a):
    print("patched exit")
Plain.__enter__ = enter
Plain.__exit__ = exit_
with p as v:
    print("body with", v)
class Counter:
    uses = 0
    def __enter__(self):
        type(self).uses += 1
        return type(self).uses
    def __exit__(self, *a):
        return None
with Counter() as a, Counter() as b:
    print(a, b, Counter.uses)
class Staticish:
    __enter__ = lambda self: "lambda enter"
    __exit__ = lambda self, *a: False
with Staticish() as s:
    print(s)
