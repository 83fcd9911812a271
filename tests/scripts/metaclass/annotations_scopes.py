# annotations: evaluation order with side effects, errors in annotations, class scope names
def show(x):
    print("eval", x)
    return x
class K:
    a: show(1) = show(2)
    b: show(3)
    def m(self, p: show(4) = show(5)) -> show(6):
        q: show(99) = 1
        return q
print(K.__annotations__, K().m())
try:
    def bad(x: undefined_thing): pass
except NameError as e:
    print("NameError:", e)
T = int
class Scoped:
    T = str
    def f(self, x: T) -> T: pass
    y: T
print(Scoped.f.__annotations__, Scoped.__annotations__)
def outer():
    L = list
    def inner(a: L) -> L: pass
    return inner.__annotations__
print(outer())
x: int
try:
    print(x)
except NameError as e:
    print(e)
lst = [0]
lst[0]: int = 5
print(lst, __annotations__)
