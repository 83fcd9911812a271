class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("cannot enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
print("---")
try:
    with CM("x") as x, CM("y", fail_enter=True) as y, CM("z") as z:
        print("never")
except RuntimeError as e:
    print("caught", e)
print("---")
try:
    with CM("p") as p, CM("q") as q:
        raise ValueError("in body")
except ValueError as e:
    print("caught", e)
print("---")
with (CM("one") as one, CM("two") as two):
    print("parenthesized", one, two)
with CM("first"), CM("second"):
    print("no targets")
