# __getattr__, __getattribute__, __setattr__, __delattr__ and the attribute builtins.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
z = Lazy()
print(z.real, z.xyz, getattr(z, "xa"), hasattr(z, "xb"), hasattr(z, "nope"))
print(getattr(z, "nope", "default"))
try:
    z.nope
except AttributeError as e:
    print("AttributeError:", e)

class Prop:
    @property
    def broken(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "fallback " + name
print(Prop().broken)

class Audit:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)
a = Audit()
a.x = 1
a.y = 2
del a.x
setattr(a, "z", 3)
delattr(a, "y")
print(a.log, vars(a))
try:
    del a.missing
except AttributeError as e:
    print("AttributeError:", e)

class Upper:
    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return object.__getattribute__(self, name).upper() if name == "word" else object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "missing:" + name
u = Upper()
u.word = "hello"
print(u.secret, u.word, u.other, u.__class__.__name__)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e, f.v)

# The builtins.
class Plain:
    cls_attr = "c"
    def method(self):
        return "m"
p = Plain()
setattr(p, "dyn", 5)
print(getattr(p, "dyn"), getattr(p, "cls_attr"), getattr(p, "method")(), hasattr(Plain, "method"))
delattr(p, "dyn")
print(hasattr(p, "dyn"), vars(p), sorted(vars(Plain).keys()))
for bad in (lambda: getattr(p, 1), lambda: setattr(p, 2, 0), lambda: hasattr(p, None), lambda: delattr(p, 3.0)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(p, "never")
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Plain.nothing
except AttributeError as e:
    print("AttributeError:", e)
Plain.added = 1
del Plain.cls_attr
print(Plain.added, hasattr(Plain, "cls_attr"), p.added)
o = object()
for action in ("get", "set"):
    try:
        if action == "get":
            o.x
        else:
            o.x = 1
    except AttributeError as e:
        print("AttributeError:", e)
try:
    [].append = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)

# dir() of user classes and instances includes inherited and dunder names.
class Base:
    b = 1
    def bm(self):
        pass
class Derived(Base):
    d = 2
    def __init__(self):
        self.inst = 3
print(dir(Derived()))
print([n for n in dir(Derived) if not n.startswith("__")])
class CustomDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(CustomDir()))
class E(ValueError):
    def __init__(self):
        self.code = 7
print([n for n in dir(E()) if not n.startswith("__")])
print(hasattr(object(), "__dict__"), vars(Plain()))
vars(object())
