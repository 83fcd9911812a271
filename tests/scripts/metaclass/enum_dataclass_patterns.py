class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {}
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._member_map_ = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name = k
            inst.value = v
            cls._member_map_[k] = inst
            setattr(cls, k, inst)
        return cls
    def __iter__(cls):
        return iter(cls._member_map_.values())
    def __len__(cls):
        return len(cls._member_map_)
    def __getitem__(cls, name):
        return cls._member_map_[name]
    def __call__(cls, value):
        for m in cls._member_map_.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    @property
    def __members__(cls):
        return dict(cls._member_map_)

class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()} is {self.value}"

print(list(Color))
print(len(Color), Color["GREEN"], Color(3), repr(Color.RED), Color.RED.describe())
print(isinstance(Color.RED, Color), type(Color.RED) is Color, type(Color).__name__)
print(list(Color.__members__))
try:
    Color(7)
except ValueError as e:
    print(e)
print(Color.RED is Color(1), Color.BLUE in list(Color))
print({c: c.value for c in Color}[Color.GREEN])

def dataclass(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kwargs):
        for f, a in zip(fields, args):
            setattr(self, f, a)
        for f in fields[len(args):]:
            if f in kwargs:
                setattr(self, f, kwargs[f])
            elif f in defaults:
                setattr(self, f, defaults[f])
            else:
                raise TypeError(f"__init__() missing 1 required positional argument: '{f}'")
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__qualname__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = None

p = Point(1, y=2)
print(p, p == Point(1, 2), p != Point(2), Point.__init__.__qualname__)
try:
    Point()
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
print(Point.__annotations__, Point.__dict__["y"])

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

class Record:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

r = Record("ann", 30)
print(r.name, r.age, Record._fields, type(Record.__dict__["name"]).__name__)
try:
    r.age = "old"
except TypeError as e:
    print(e)
