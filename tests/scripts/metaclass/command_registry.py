class Command:
    registry: dict = {}

    def __init_subclass__(cls, *, verb: str, **kw):
        super().__init_subclass__(**kw)
        cls.verb = verb
        Command.registry[verb] = cls

    def __init__(self, *raw):
        hints = {k: v for k, v in type(self).run.__annotations__.items() if k != "return"}
        if len(raw) != len(hints):
            raise TypeError(f"{self.verb} takes {len(hints)} arguments ({len(raw)} given)")
        self.args = [conv(r) for conv, r in zip(hints.values(), raw)]

    def __call__(self):
        return type(self).run(self, *self.args)


class Add(Command, verb="add"):
    def run(self, a: int, b: int) -> int:
        return a + b


class Repeat(Command, verb="repeat"):
    def run(self, text: str, times: int) -> str:
        return text * times


class Scale(Command, verb="scale"):
    def run(self, x: float, factor: float) -> float:
        return x * factor


script = """add 2 40
repeat ab 3
scale 1.5 4
add 1
nope 1 2
scale x 2"""
for line in script.splitlines():
    verb, *rest = line.split()
    try:
        cmd = Command.registry[verb](*rest)
        print(f"{line!r:>16} -> {cmd()!r}")
    except KeyError:
        print(f"{line!r:>16} -> unknown verb {verb}")
    except (TypeError, ValueError) as e:
        print(f"{line!r:>16} -> {type(e).__name__}: {e}")
print(sorted(Command.registry), Add.run.__annotations__, Command.__annotations__)
print(Add.run.__qualname__, Add.__init_subclass__.__func__.__qualname__ if hasattr(Add.__init_subclass__, '__func__') else '-')
