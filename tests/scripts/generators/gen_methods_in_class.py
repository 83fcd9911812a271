class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self
    def __iter__(self):
        for name in sorted(self.items):
            yield name, self.items[name]
    def low_stock(self, threshold):
        return (n for n, q in self if q < threshold)
    def expanded(self):
        for name, qty in self:
            for i in range(qty):
                yield f"{name}#{i + 1}"
    @staticmethod
    def parse(lines):
        for line in lines:
            name, qty = line.split(":")
            yield name.strip(), int(qty)
    @classmethod
    def from_lines(cls, lines):
        inv = cls()
        for name, qty in cls.parse(lines):
            inv.add(name, qty)
        return inv
inv = Inventory.from_lines(["apple: 3", "pear:1", "fig : 2", "apple:1"])
print(list(inv), dict(inv))
print(list(inv.low_stock(3)), list(inv.expanded()))
it = iter(inv)
print(next(it), type(it).__name__)
inv.add("kiwi", 5)
print(next(it), list(it))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def cells(self):
        for r, row in enumerate(self.rows):
            for c, v in enumerate(row):
                yield (r, c), v
    def column(self, c):
        return (row[c] for row in self.rows)
    def __iter__(self):
        return iter(self.rows)
m = Matrix([[1, 2], [3, 4], [5, 6]])
print(list(m.cells()))
print(list(m.column(1)), sum(m.column(0)), [sum(r) for r in m])
print(max(m.cells(), key=lambda cv: cv[1]))
