class suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            self.caught = ev
            return True
        return False
with suppress(KeyError):
    {}["missing"]
    print("not reached")
print("continues")
with suppress(ValueError, TypeError) as s:
    int("x")
print("caught attr:", repr(s.caught))
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return "non-empty string"
with Truthy():
    raise RuntimeError("swallowed by truthy return")
print("truthy return suppresses")
class Falsy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 0
try:
    with Falsy():
        raise RuntimeError("kept")
except RuntimeError as e:
    print("falsy return propagates:", e)
def f():
    with suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through after suppression"
print(f())
for i in range(4):
    with suppress(ZeroDivisionError):
        print(i, 10 / (i - 2))
results = []
for v in ["1", "a", "3"]:
    with suppress(ValueError):
        results.append(int(v))
print(results)
