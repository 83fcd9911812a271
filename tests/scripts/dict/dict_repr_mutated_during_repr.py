# Reprs of dicts, dict views and sets whose items' __repr__ mutates the container: dict repr
# walks the live table (CPython's dict_repr); views and sets repr a list made first.

class Clear:
    def __init__(self, target):
        self.target = target
    def __repr__(self):
        self.target.clear()
        return "C"

d = {}
d[1] = Clear(d); d[2] = Clear(d); d[3] = Clear(d)
print(repr(d), d)

# The key's repr clears: its value is still printed.
d = {}
d[Clear(d)] = "v"; d[2] = "w"
print(repr(d), d)

class Insert:
    def __init__(self, target, n):
        self.target = target
        self.n = n
    def __repr__(self):
        if self.n < 3:
            self.target[self.n + 10] = Insert(self.target, self.n + 1)
        return "I%d" % self.n

d = {}
d[0] = Insert(d, 0)
print(repr(d))
print(d.keys())

class Delete:
    def __init__(self, target, key):
        self.target = target
        self.key = key
    def __repr__(self):
        self.target.pop(self.key, None)
        return "D"

d = {}
d[1] = Delete(d, 2); d[2] = "two"; d[3] = Delete(d, 1); d[4] = "four"
print(repr(d), d)

class Refill:
    def __init__(self, target):
        self.target = target
    def __repr__(self):
        self.target.clear()
        self.target.update({"x": 1, "y": 2, "z": 3})
        return "R"

d = {}
d["a"] = Refill(d); d["b"] = 2
print(repr(d), d)

# Views and sets snapshot their items first.
for view in ("keys", "values", "items"):
    d = {}
    d[1] = Clear(d); d[2] = Clear(d)
    if view == "keys":
        d = {Clear(d): 1, Clear(d): 2}
        for k in list(d):
            k.target = d
        print(repr(d.keys()), d)
    elif view == "values":
        print(repr(d.values()), d)
    else:
        print(repr(d.items()), d)

class SetClear:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        s.clear()
        return "S%d" % self.n
    def __hash__(self):
        return self.n

s = {SetClear(1), SetClear(2), SetClear(3)}
print(repr(s), s)
s = set()
f = frozenset([SetClear(1), SetClear(2)])
print(repr(f))

class SetAdd:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        s.add(100 + self.n)
        return "A%d" % self.n
    def __hash__(self):
        return self.n

s = {SetAdd(1), SetAdd(2)}
print(repr(s), len(s))

from collections import OrderedDict, defaultdict
d = defaultdict(int)
d[1] = Clear(d); d[2] = Clear(d)
print(repr(d), d)
d = OrderedDict()
d[1] = Clear(d); d[2] = Clear(d)
print(repr(d), d)
