# NameError.name and AttributeError.name/.obj set by the interpreter; bound built-in methods
# compare equal when they are the same method of the same object.
try:
    undefined_x
except NameError as e:
    print(repr(e.name), e.args)


def f():
    return missing_global


try:
    f()
except NameError as e:
    print(repr(e.name))


class A:
    pass


a = A()
try:
    a.zz
except AttributeError as e:
    print(repr(e.name), e.obj is a, type(e.obj).__name__)
try:
    (1).foo
except AttributeError as e:
    print(repr(e.name), e.obj)
try:
    A.nothing
except AttributeError as e:
    print(repr(e.name), e.obj is A)
print(repr(NameError("x").name), repr(AttributeError("y").name), repr(AttributeError("y").obj))


class Missing(AttributeError):
    def __init__(self, what):
        super().__init__(f"no {what}")
        self.name = what


m = Missing("thing")
print(m, m.name, m.obj)
e = NameError("n")
e.name = "set later"
print(e.name)
l = [1]
print((1).__add__ == (1).__add__, l.append == l.append, [].append == [].append, len == len, len != print)
print(l.append != l.append, int.__add__ == int.__add__, int.__add__ == float.__add__)
