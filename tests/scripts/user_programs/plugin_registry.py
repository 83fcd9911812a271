# A plugin system driven by __init_subclass__ keyword arguments and
# __set_name__ option descriptors.


class Option:
    """Descriptor for a validated plugin option."""

    def __init__(self, default, *, kind=None, choices=None, minimum=None):
        self.default = default
        self.kind = kind if kind is not None else type(default)
        self.choices = choices
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_opt_" + name
        owner_opts = owner.__dict__.get("_declared_options")
        if owner_opts is None:
            owner_opts = []
            setattr(owner, "_declared_options", owner_opts)
        owner_opts.append(name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.name} must be one of {sorted(self.choices)}, got {value!r}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value!r}")
        setattr(obj, self.attr, value)


class Plugin:
    registry = {}
    log = []

    def __init_subclass__(cls, name=None, priority=0, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.log.append(f"Plugin.__init_subclass__({cls.__name__}, name={name!r}, priority={priority})")
        cls.priority = priority
        if abstract:
            return
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise RuntimeError(f"duplicate plugin name {key!r}")
        cls.plugin_name = key
        Plugin.registry[key] = cls

    def __init__(self, **options):
        for key, value in options.items():
            if key not in self.all_options():
                raise TypeError(f"{type(self).__name__} got unknown option {key!r}")
            setattr(self, key, value)

    @classmethod
    def all_options(cls):
        names = []
        for klass in reversed(cls.__mro__):
            names.extend(klass.__dict__.get("_declared_options", []))
        return names

    def describe(self):
        opts = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.all_options())
        return f"{self.plugin_name}[{self.priority}]({opts})"

    @classmethod
    def get(cls, name):
        try:
            return cls.registry[name]
        except KeyError:
            raise LookupError(f"no plugin named {name!r}") from None

    @classmethod
    def by_priority(cls):
        return sorted(cls.registry.values(), key=lambda p: (-p.priority, p.plugin_name))


class Tagged:
    """A mixin in the MRO that also hooks subclass creation."""
    tags_seen = []

    def __init_subclass__(cls, tags=(), **kwargs):
        Tagged.tags_seen.append((cls.__name__, tuple(tags)))
        cls.tags = tuple(tags)
        super().__init_subclass__(**kwargs)


class TextFilter(Plugin, abstract=True):
    encoding = Option("utf-8", choices={"utf-8", "ascii", "latin-1"})

    def apply(self, text):
        raise NotImplementedError


class Upper(TextFilter, name="upper", priority=5):
    def apply(self, text):
        return text.upper()


class Truncate(TextFilter, priority=10):
    limit = Option(10, minimum=1)
    ellipsis = Option("...")

    def apply(self, text):
        if len(text) <= self.limit:
            return text
        return text[: self.limit] + self.ellipsis


class Reverse(Tagged, TextFilter, tags=("fun", "debug"), name="rev", priority=1):
    def apply(self, text):
        return text[::-1]


class Censor(Tagged, TextFilter, tags=["safety"], priority=10):
    words = Option(("darn",), kind=tuple)
    mask = Option("*")

    def apply(self, text):
        for w in self.words:
            text = text.replace(w, self.mask * len(w))
        return text


for line in Plugin.log:
    print(line)
print("tags seen:", Tagged.tags_seen)
print("registry:", sorted(Plugin.registry))
print("abstract registered?", "textfilter" in Plugin.registry)
print("Truncate options:", Truncate.all_options())
print("Censor options:", Censor.all_options(), "tags:", Censor.tags)
print("descriptor on class:", type(Truncate.limit).__name__, Truncate.limit.name, Truncate.limit.attr)
print("order:", [p.plugin_name for p in Plugin.by_priority()])

pipeline = [
    Plugin.get("censor")(words=("darn", "heck")),
    Plugin.get("truncate")(limit=24),
    Plugin.get("upper")(),
    Plugin.get("rev")(encoding="ascii"),
]
for p in pipeline:
    print("  ", p.describe())

text = "well darn, what the heck is going on here today"
for plugin in sorted(pipeline, key=lambda p: -p.priority):
    text = plugin.apply(text)
    print(f"after {plugin.plugin_name:<9}: {text!r}")

print("instance dict keys:", sorted(vars(pipeline[1])))

bad_configs = [
    ("truncate", {"limit": 0}),
    ("truncate", {"limit": "5"}),
    ("upper", {"encoding": "utf-16"}),
    ("upper", {"colour": "red"}),
    ("missing", {}),
]
for name, cfg in bad_configs:
    try:
        Plugin.get(name)(**cfg)
    except (TypeError, ValueError, LookupError) as e:
        print(f"{name}: {type(e).__name__}: {e}")

try:
    class Upper2(Plugin, name="upper"):
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    class Bad(Plugin, colour="blue"):
        pass
except TypeError as e:
    print("TypeError:", e)
print("final registry size:", len(Plugin.registry))
