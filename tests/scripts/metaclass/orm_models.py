class Field:
    _counter = 0
    def __init__(self, kind, default=None, required=True):
        self.kind = kind
        self.default = default
        self.required = required
        Field._counter += 1
        self.order = Field._counter
    def __set_name__(self, owner, name):
        self.name = name
    def validate(self, value):
        if value is None:
            if self.required:
                raise ValueError(f"{self.name} is required")
            return self.default
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name}: expected {self.kind.__name__}, got {type(value).__name__}")
        return value
    def __repr__(self):
        return f"Field({self.kind.__name__}, name={self.name!r})"

class ModelMeta(type):
    models = {}
    def __new__(mcls, name, bases, ns, table=None):
        fields = {}
        for base in reversed(bases):
            fields.update(getattr(base, "_fields", {}))
        own = sorted(((k, v) for k, v in ns.items() if isinstance(v, Field)), key=lambda kv: kv[1].order)
        fields.update(own)
        ns["_fields"] = fields
        ns["_table"] = table or name.lower() + "s"
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.models[cls._table] = cls
        return cls
    def __repr__(cls):
        return f"<Model {cls.__name__} table={cls._table} fields={list(cls._fields)}>"

class Model(metaclass=ModelMeta):
    def __init__(self, **kwargs):
        for name, field in self._fields.items():
            setattr(self, name, field.validate(kwargs.pop(name, None)))
        if kwargs:
            raise TypeError(f"unknown fields: {', '.join(sorted(kwargs))}")
    def __repr__(self):
        args = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({args})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, k) == getattr(other, k) for k in self._fields)

class User(Model, table="people"):
    name = Field(str)
    age = Field(int, default=0, required=False)

class Admin(User):
    level = Field(int, default=1, required=False)

print(User, Admin, Model)
print(ModelMeta.models)
u = User(name="ann", age=31)
a = Admin(name="root")
print(u, a, u == User(name="ann", age=31), u == a)
for bad in [dict(), dict(name=5), dict(name="x", extra=1, more=2)]:
    try:
        User(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(User.__dict__["name"], Admin._fields)
print(isinstance(a, User), issubclass(Admin, Model), type(Admin) is ModelMeta)
