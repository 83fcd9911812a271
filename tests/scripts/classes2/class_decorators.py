registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        print("tagging", cls.__name__, "with", tag)
        return cls
    return deco
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@register
@with_tag("shape")
@add_repr
class Square:
    def __init__(self, side):
        self.side = side
@register
@add_repr
class Label:
    def __init__(self, text, size=10):
        self.text = text
        self.size = size
print(sorted(registry), registry["square"] is Square)
print(Square(3), Label("hi"), Square.tag)
print(registry["label"]("made", size=2))
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        print("connecting", url)
        self.url = url
a = Db("x://1")
b = Db("x://2")
print(a is b, a.url, type(Db).__name__)
def replace_class(cls):
    return 42
@replace_class
class Gone:
    pass
print(Gone)
def count_methods(cls):
    cls.n_methods = len([k for k, v in vars(cls).items() if callable(v) and not k.startswith("__")])
    return cls
@count_methods
class Tool:
    def a(self): pass
    def b(self): pass
    c = 3
print(Tool.n_methods)
