# A tiny ORM built on a metaclass with __prepare__, Field descriptors and
# instance counting via a metaclass __call__.


class DefinitionOrder(dict):
    """Namespace that remembers the order in which names were first assigned."""

    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key not in self:
            self.order.append(key)
        super().__setitem__(key, value)


class Field:
    type_name = "any"
    creation_counter = 0

    def __init__(self, *, default=None, required=True):
        self.default = default
        self.required = required and default is None
        Field.creation_counter += 1
        self.counter = Field.creation_counter

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.storage, self.default)

    def __set__(self, obj, value):
        obj.__dict__[self.storage] = self.validate(value)

    def validate(self, value):
        return value

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class IntField(Field):
    type_name = "INTEGER"

    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{self.name}: expected int, got {type(value).__name__}")
        return value


class StrField(Field):
    type_name = "TEXT"

    def __init__(self, max_length=255, **kw):
        super().__init__(**kw)
        self.max_length = max_length

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.name}: expected str, got {type(value).__name__}")
        if len(value) > self.max_length:
            raise ValueError(f"{self.name}: {len(value)} chars exceeds max_length={self.max_length}")
        return value


class ModelMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return DefinitionOrder()

    def __new__(mcls, name, bases, namespace, table=None, **kwargs):
        fields = {}
        for base in bases:
            fields.update(getattr(base, "_fields", {}))
        order = getattr(namespace, "order", list(namespace))
        for key in order:
            value = namespace[key]
            if isinstance(value, Field):
                fields[key] = value
        cls = super().__new__(mcls, name, bases, dict(namespace))
        cls._fields = fields
        cls._table = table or name.lower() + "s"
        cls._definition_order = [k for k in order if not k.startswith("__")]
        cls._instances = 0
        return cls

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        cls._instances += 1
        instance.id = cls._instances
        return instance

    def create_sql(cls):
        cols = ", ".join(f"{n} {f.type_name}{' NOT NULL' if f.required else ''}"
                         for n, f in cls._fields.items())
        return f"CREATE TABLE {cls._table} (id INTEGER PRIMARY KEY, {cols})"


class Model(metaclass=ModelMeta):
    def __init__(self, *args, **kwargs):
        names = list(self._fields)
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__}() takes at most {len(names)} positional arguments")
        for name, value in zip(names, args):
            if name in kwargs:
                raise TypeError(f"{type(self).__name__}() got multiple values for {name!r}")
            kwargs[name] = value
        for name, field in self._fields.items():
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif field.required:
                raise TypeError(f"{type(self).__name__}() missing required field {name!r}")
        if kwargs:
            raise TypeError(f"unexpected fields: {', '.join(sorted(kwargs))}")

    def __repr__(self):
        parts = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}(id={self.id}, {parts})"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._fields)

    def to_row(self):
        return (self.id,) + tuple(getattr(self, n) for n in self._fields)


class User(Model, table="users"):
    username = StrField(max_length=12)
    age = IntField()
    email = StrField(default="unknown@example.com")

    def greeting(self):
        return f"Hi, {self.username}!"


class Admin(User):
    level = IntField(default=1)


print("User fields:", list(User._fields))
print("User order:", User._definition_order)
print("Admin fields:", list(Admin._fields), "table:", Admin._table)
print(User.create_sql())
print(Admin.create_sql())
print("type(User):", type(User).__name__, "isinstance(User, ModelMeta):", isinstance(User, ModelMeta))
print("User.age descriptor:", User.age)

u1 = User("alice", 30)
u2 = User(username="bob", age=25, email="bob@example.com")
u3 = User("alice", age=30)
a1 = Admin("root", 50, level=9)
for obj in (u1, u2, u3, a1):
    print(obj, "->", obj.to_row())
print("u1 == u3:", u1 == u3, "u1 == u2:", u1 == u2, "u1 == a1:", u1 == a1)
print("instances: User", User._instances, "Admin", Admin._instances)
print(a1.greeting(), "| u1.__dict__:", sorted(vars(u1).items()))

errors = [
    lambda: User("carol"),
    lambda: User("dave", "old"),
    lambda: User("a-very-long-username", 3),
    lambda: User("eve", 22, "e@x", "extra"),
    lambda: User("frank", 40, age=41),
    lambda: User("gina", 33, nickname="gg"),
    lambda: User("hank", True),
]
for make in errors:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print("instances after errors:", User._instances)

# Create a model dynamically with type(name, bases, ns)
ns = {"title": StrField(max_length=40), "pages": IntField(default=100)}
Book = type("Book", (Model,), ns)
print("dynamic:", type(Book).__name__, Book.__name__, list(Book._fields), Book._table)
print(Book.create_sql())
b = Book("Dune")
b.pages = 412
print(b, b.to_row())
try:
    b.pages = "many"
except TypeError as e:
    print("TypeError:", e)

# Dynamically via the metaclass directly with a table keyword
Tag = ModelMeta("Tag", (Model,), {"label": StrField(max_length=8)}, table="tagz")
t = Tag(label="python")
print(t, Tag._table, Tag._instances, Tag.create_sql())
rows = sorted((u1, u2, u3, a1), key=lambda m: (m.age, m.username, m.id))
for r in rows:
    print("  row:", r.to_row())
