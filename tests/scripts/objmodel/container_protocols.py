# __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__,
# __iter__/__next__, the __getitem__ iteration fallback, and containers of user objects.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            x, y = key
            return self.cells.get((x, y), ".")
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 1] = "#"
g[2, 1] = "@"
print(g[0, 1], g[1, 1], len(g), "#" in g, "?" in g, "?" not in g)
print(g[1:5], g[::2], g[:], g[-1:])
del g[0, 1]
print(g[0, 1], "#" in g)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)
try:
    g["nope"]
except TypeError as e:
    print("TypeError:", e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)), 2 in Countdown(3))
a, b, *rest = Countdown(5)
print(a, b, rest, max(Countdown(3)), sorted(Countdown(3)), dict.fromkeys(Countdown(2)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))

class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 5 in Squares(), list(enumerate(Squares())))
class Range3:
    def __iter__(self):
        yield from (1, 2, 3)
print(list(Range3()), tuple(Range3()), set(Range3()), "-".join(map(str, Range3())))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    pass
for f in (lambda: iter(NotIter()), lambda: list(NotIter()), lambda: 1 in NotIter(), lambda: len(NotIter())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    next(NotIter())
except TypeError as e:
    print("TypeError:", e)
for f in (lambda: NotIter()[0], lambda: NotIter().__setitem__(0, 1)):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
n = NotIter()
try:
    n[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del n[0]
except TypeError as e:
    print("TypeError:", e)

# Containers print their items' reprs; recursive containers stay finite.
class P:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"P<{self.name}>"
    def __str__(self):
        return f"str-{self.name}"
ps = [P("a"), P("b")]
print(ps, (P("c"),), {P("d"): P("e")}, {"k": [P("f")]}, str(P("g")), f"{P('h')}")
loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
t = (loop, d)
print(loop, d, t)
class Holder:
    def __init__(self):
        self.me = [self]
    def __repr__(self):
        return f"Holder({self.me})"
print(Holder())
class Rev:
    def __reversed__(self):
        return iter("cba")
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())), list(reversed(Squares2 := type("S2", (), {"__len__": lambda s: 2, "__getitem__": lambda s, i: i * 10})())))
len(Countdown(1))
