class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step)
            return Seq(self.data[key])
        print("index", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key if not isinstance(key, slice) else (key.start, key.stop, key.step), value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key if not isinstance(key, slice) else (key.start, key.stop, key.step))
        del self.data[key]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq(range(10))
print(s[3], s[-1])
print(s[2:5], s[::3], s[:-7], s[::-1])
s[0] = 100
s[1:3] = ["a", "b", "c"]
print(s)
del s[0]
del s[::2]
print(s, len(s))
s[-1] = "last"
print(s[-1], s)
try:
    s[50]
except IndexError as e:
    print("IndexError:", e)
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        r, c = pos
        return self.cells.get((r, c), ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
g = Grid()
g[0, 1] = "#"
g[2, 2] = "@"
print("\n".join("".join(g[r, c] for c in range(3)) for r in range(3)))
print(sorted(g.cells))
sl = slice(1, None, 2)
print(sl, sl.start, sl.stop, sl.step, slice(5), slice(None).indices(4), slice(-3, None).indices(10))
