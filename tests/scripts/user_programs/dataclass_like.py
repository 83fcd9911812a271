# A hand-written dataclass-style decorator that generates methods with exec.

_MISSING = object()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default=_MISSING, default_factory=_MISSING, repr=True, compare=True):
        if default is not _MISSING and default_factory is not _MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.compare = compare
        self.name = self.type = None

    def __repr__(self):
        return f"Field(name={self.name!r}, type={self.type!r}, has_default={self.default is not _MISSING})"


field = Field  # public spelling, as in dataclasses.field(...)


def _create_fn(name, args, body, globals_ns, locals_ns):
    body_src = "\n".join(f"    {line}" for line in body) or "    pass"
    src = f"def {name}({', '.join(args)}):\n{body_src}\n"
    ns = {}
    exec(src, {**globals_ns, **locals_ns}, ns)
    fn = ns[name]
    fn.__generated_source__ = src
    return fn


def _tuple_expr(obj, fields):
    return "(" + "".join(f"{obj}.{f.name}," for f in fields) + ")"


def dataclass(cls=None, *, order=False, frozen=False):
    def wrap(cls):
        annotations = cls.__dict__.get("__annotations__", {})
        fields = []
        for base in reversed(cls.__mro__[1:]):
            fields.extend(getattr(base, "__fields__", {}).values())
        seen = {f.name for f in fields}
        for name, typ in annotations.items():
            default = cls.__dict__.get(name, _MISSING)
            f = default if isinstance(default, Field) else Field(default=default)
            f.name, f.type = name, typ
            if name in seen:
                fields = [f if g.name == name else g for g in fields]
            else:
                fields.append(f)
            if isinstance(default, Field) and f.default is _MISSING:
                delattr(cls, name)
            elif isinstance(default, Field):
                setattr(cls, name, f.default)
        cls.__fields__ = {f.name: f for f in fields}
        seen_default, args, body = False, ["self"], []
        locals_ns = {"_MISSING": _MISSING, "_FrozenInstanceError": FrozenInstanceError}
        for f in fields:
            if f.default is not _MISSING:
                locals_ns[f"_dflt_{f.name}"] = f.default
                args.append(f"{f.name}=_dflt_{f.name}")
                seen_default = True
                value = f.name
            elif f.default_factory is not _MISSING:
                locals_ns[f"_factory_{f.name}"] = f.default_factory
                args.append(f"{f.name}=_MISSING")
                seen_default = True
                value = f"_factory_{f.name}() if {f.name} is _MISSING else {f.name}"
            else:
                if seen_default:
                    raise TypeError(f"non-default argument {f.name!r} follows default argument")
                args.append(f.name)
                value = f.name
            if frozen:
                body.append(f"object.__setattr__(self, {f.name!r}, {value})")
            else:
                body.append(f"self.{f.name} = {value}")
        if "__post_init__" in cls.__dict__:
            body.append("self.__post_init__()")
        cls.__init__ = _create_fn("__init__", args, body, {}, locals_ns)

        shown = [f for f in fields if f.repr]
        parts = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in shown)
        cls.__repr__ = _create_fn("__repr__", ["self"],
                                  [f'return f"{{type(self).__qualname__}}({parts})"'], {}, {})
        compared = [f for f in fields if f.compare]
        cls.__eq__ = _create_fn("__eq__", ["self", "other"], [
            "if other.__class__ is not self.__class__:",
            "    return NotImplemented",
            f"return {_tuple_expr('self', compared)} == {_tuple_expr('other', compared)}",
        ], {}, {})
        if order:
            for name, op in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")]:
                setattr(cls, name, _create_fn(name, ["self", "other"], [
                    "if other.__class__ is not self.__class__:",
                    "    return NotImplemented",
                    f"return {_tuple_expr('self', compared)} {op} {_tuple_expr('other', compared)}",
                ], {}, {}))
        if frozen:
            cls.__setattr__ = _create_fn("__setattr__", ["self", "name", "value"], [
                "raise _FrozenInstanceError(f'cannot assign to field {name!r}')"], {}, locals_ns)
            cls.__delattr__ = _create_fn("__delattr__", ["self", "name"], [
                "raise _FrozenInstanceError(f'cannot delete field {name!r}')"], {}, locals_ns)
            cls.__hash__ = _create_fn("__hash__", ["self"], [f"return hash({_tuple_expr('self', compared)})"], {}, {})
        else:
            cls.__hash__ = None
        return cls

    return wrap if cls is None else wrap(cls)


@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int
    name: str = field(default="?", repr=False, compare=False)

    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)

    def __post_init__(self):
        self.owner = self.owner.title()

@dataclass
class Point3D(Point):
    z: int = 0

print(Point.__init__.__generated_source__, end="")
print(Version.__lt__.__generated_source__, end="")
p, q = Point(1, 2), Point(1)
print(p, q, p == Point(1, 2), p == q, p != q, Point(3) == (3, 0))
print("fields:", list(Point.__fields__), Point.__fields__["y"])
p.x = 10
print("mutated:", p, "hash is None:", Point.__hash__ is None)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
versions = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9, "beta"), Version(1, 2, 3, "rc1"), Version(2)]
print(sorted(versions))
print("max:", max(versions), "eq ignoring label:", Version(1, 2, 3) == Version(1, 2, 3, "rc1"))
print("lt:", Version(1, 2) < Version(1, 10), "ge:", Version(2) >= Version(1, 99, 99))
try:
    Version(1) < Point(1)
except TypeError as e:
    print("TypeError:", e)
red = Color(255, 0, 0, "red")
print(red, red.hex(), red.name, "hash equal:", hash(red) == hash(Color(255, 0, 0)))
for action in (lambda: setattr(red, "r", 1), lambda: delattr(red, "g")):
    try:
        action()
    except FrozenInstanceError as e:
        print(f"{type(e).__name__}: {e} (is AttributeError: {isinstance(e, AttributeError)})")
palette = {red: "primary", Color(0, 0, 255): "primary", Color(255, 0, 0, "also red"): "dup"}
print("palette size:", len(palette), palette[Color(255, 0, 0)])
a, b = Inventory("alice"), Inventory("bob smith", ["hammer"])
a.items.append("saw")
print(a, b, "shared default list?", a.items is Inventory("x").items)
print(Point3D(1, 2, 3), list(Point3D.__fields__), Point3D(1) == Point3D(1, 0, 0), Point3D(1) == Point(1))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
print("class default kept:", Version.minor, "annotations:", Color.__annotations__)
