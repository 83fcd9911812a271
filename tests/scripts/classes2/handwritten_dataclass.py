class Item:
    __fields__ = ("name", "price", "qty")
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.__fields__)
        return f"{type(self).__name__}({args})"
    def _key(self):
        return tuple(getattr(self, f) for f in self.__fields__)
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key()
    def __hash__(self):
        return hash(self._key())
    def __lt__(self, other):
        return self._key() < other._key()
    def replace(self, **changes):
        vals = {f: getattr(self, f) for f in self.__fields__}
        vals.update(changes)
        return type(self)(**vals)
    def astuple(self):
        return self._key()
    def asdict(self):
        return {f: getattr(self, f) for f in self.__fields__}
items = [Item("pen", 1.5, 10), Item("book", 12.0), Item("pen", 1.5, 10), Item("cup", 4.25, 2)]
print(items[0], items[1])
print(items[0] == items[2], items[0] is items[2], items[0] == items[3], len(set(items)))
print(sorted(items))
print(items[3].replace(qty=5), items[3])
print(items[1].astuple(), items[1].asdict())
print(sum(i.price * i.qty for i in items))
print(Item("a", 1) == ("a", 1, 1), Item("a", 1) != Item("a", 2))
class Priced(Item):
    __fields__ = Item.__fields__ + ("discount",)
    def __init__(self, name, price, qty=1, discount=0):
        super().__init__(name, price, qty)
        self.discount = discount
p = Priced("hat", 20, discount=5)
print(p, p.replace(name="cap"), p == Item("hat", 20), p.asdict())
