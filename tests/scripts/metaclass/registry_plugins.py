# Plugin registries: a metaclass registry, __init_subclass__ with keywords, lookups by name.


class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, *, kind=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if kind is not None:
            mcls.registry[kind] = cls
        return cls

    def __init__(cls, name, bases, ns, *, kind=None, **kw):
        super().__init__(name, bases, ns, **kw)

    def create(cls, kind, *args):
        return cls.registry[kind](*args)

    def __len__(cls):
        return len(cls.registry)

    def __contains__(cls, kind):
        return kind in cls.registry

    def __iter__(cls):
        return iter(sorted(cls.registry))


class Codec(metaclass=PluginMeta):
    def __init__(self, data):
        self.data = data

    def __repr__(self):
        return f"{type(self).__name__}({self.data!r})"


class Upper(Codec, kind="upper"):
    def encode(self):
        return self.data.upper()


class Reverse(Codec, kind="reverse"):
    def encode(self):
        return self.data[::-1]


class Rot13(Codec, kind="rot13"):
    def encode(self):
        out = []
        for ch in self.data:
            if "a" <= ch <= "z":
                out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
            else:
                out.append(ch)
        return "".join(out)


print(len(Codec), "upper" in Codec, "nope" in Codec, list(Codec))
for kind in Codec:
    c = Codec.create(kind, "hello world")
    print(kind, c, c.encode())


class Command:
    commands = {}

    def __init_subclass__(cls, /, name=None, aliases=(), **kwargs):
        super().__init_subclass__(**kwargs)
        cls.command_name = name or cls.__name__.lower()
        Command.commands[cls.command_name] = cls
        for a in aliases:
            Command.commands[a] = cls


class Add(Command, name="add", aliases=("+", "plus")):
    def run(self, a, b):
        return a + b


class Mul(Command, aliases=("*",)):
    def run(self, a, b):
        return a * b


print(sorted(Command.commands))
for line in ["add 2 3", "+ 4 5", "mul 6 7", "* 2 8"]:
    op, a, b = line.split()
    print(line, "=", Command.commands[op]().run(int(a), int(b)))
print(Add.command_name, Mul.command_name, Mul.__mro__)
print(Command.__subclasses__())

try:
    class Broken(Command, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Plain(flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
