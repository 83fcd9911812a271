# Mapping patterns: dicts and their subclasses, **rest, lookups through get().

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t, **rest}:
            return f"unknown event {t} rest={rest}"
        case {}:
            return "a mapping without a type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "extra": True},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "ctrl": False},
    {"type": "key", "key": 5},
    {"type": "scroll", "dy": -3},
    {"no": "type"},
    {},
    [("type", "click")],
    "type",
    None,
]
for e in events:
    print(handle(e))

# **rest is a new dict of the remaining items, in the subject's order.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
match d:
    case {"c": c, "a": a, **rest}:
        print(a, c, rest, rest is d)
match d:
    case {**everything}:
        print(everything, everything is d, everything == d)

# Keys may be literals of any kind and dotted names.
class K:
    NAME = "name"
    NUM = 7


data = {1: "one", -2: "minus two", 2.5: "float", None: "none", True: "true?",
        "name": "by attr", 7: "seven", "s": "str"}
match data:
    case {1: one, -2: m2, 2.5: f, None: n, "name": nm, K.NUM: seven}:
        print(one, m2, f, n, nm, seven)
match {True: "x"}:
    case {1: v}:
        print("1 finds the True key:", v)

# A missing key makes the pattern fail, even when the value would be None.
match {"a": None}:
    case {"a": None, "b": _}:
        print("wrong")
    case {"a": None}:
        print("None value matched")


# Subclasses: __missing__ is never called; an overridden get() is.
class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0


match Defaulting(a=1):
    case {"b": _}:
        print("wrong")
    case {"a": a}:
        print("subclass matched", a)


class Tracing(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)


match Tracing(x=1, y=2):
    case {"x": 1, "z": _}:
        print("wrong")
    case {"y": y, **rest}:
        print("y", y, "rest", rest, type(rest).__name__)


# A class with keys() and __getitem__ is not a mapping to match.
class Fake:
    def keys(self):
        return ["a"]

    def __getitem__(self, k):
        return 1


match Fake():
    case {"a": _}:
        print("wrong")
    case {}:
        print("wrong")
    case _:
        print("Fake is not a mapping")

# Value-pattern keys that turn out equal are an error at run time.
class Dup:
    A = "k"
    B = "k"


try:
    match {"k": 1, "j": 2}:
        case {Dup.A: _, Dup.B: _}:
            print("wrong")
except ValueError as e:
    print("ValueError:", e)

# The length check happens before the key lookups.
match {"k": 1}:
    case {Dup.A: _, Dup.B: _}:
        print("wrong")
    case _:
        print("too short to look up")

# Unhashable value-pattern keys raise TypeError.
class Bad:
    KEY = [1]


try:
    match {"a": 1}:
        case {Bad.KEY: _}:
            print("wrong")
except TypeError as e:
    print("TypeError:", e)

# JSON-like configuration data.
config = {
    "version": 2,
    "servers": [
        {"host": "a.example", "port": 80, "tags": ["web"]},
        {"host": "b.example", "port": 5432, "tags": ["db", "primary"]},
        {"host": "c.example"},
        {"host": "d.example", "port": "oops"},
    ],
}


def describe_server(s):
    match s:
        case {"host": str(host), "port": int(port), "tags": [first, *others]}:
            return f"{host}:{port} tagged {first}" + (f" (+{len(others)})" if others else "")
        case {"host": host, "port": int(port)}:
            return f"{host}:{port}"
        case {"host": host, "port": bad}:
            return f"{host}: bad port {bad!r}"
        case {"host": host}:
            return f"{host}: default port"


match config:
    case {"version": 1}:
        print("old config")
    case {"version": 2 | 3 as v, "servers": [*servers]}:
        print("config version", v, "with", len(servers), "servers")
        for s in servers:
            print(" ", describe_server(s))
