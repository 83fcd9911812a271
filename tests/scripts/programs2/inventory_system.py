class Product:
    def __init__(self, sku, name, category, price, quantity=0):
        self.sku = sku
        self.name = name
        self.category = category
        self.price = price
        self.quantity = quantity

    def __repr__(self):
        return (f"Product(sku={self.sku!r}, name={self.name!r}, "
                f"category={self.category!r}, price={self.price}, quantity={self.quantity})")

    def __eq__(self, other):
        if not isinstance(other, Product):
            return NotImplemented
        return self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    @property
    def value(self):
        return round(self.price * self.quantity, 2)


class Inventory:
    def __init__(self):
        self._products = {}

    def add(self, product):
        if product.sku in self._products:
            raise ValueError(f"duplicate sku {product.sku}")
        self._products[product.sku] = product

    def restock(self, sku, amount):
        self._products[sku].quantity += amount

    def sell(self, sku, amount):
        p = self._products[sku]
        if amount > p.quantity:
            raise ValueError(f"only {p.quantity} {p.name} left")
        p.quantity -= amount
        return round(amount * p.price, 2)

    def __len__(self):
        return len(self._products)

    def __iter__(self):
        return iter(self._products.values())

    def by_category(self):
        groups = {}
        for p in self:
            groups.setdefault(p.category, []).append(p)
        return groups

    def report(self):
        lines = [f"{'SKU':<6}{'Name':<14}{'Qty':>5}{'Price':>9}{'Value':>10}"]
        lines.append("-" * len(lines[0]))
        for p in sorted(self, key=lambda p: (-p.value, p.name)):
            lines.append(f"{p.sku:<6}{p.name:<14}{p.quantity:>5}{p.price:>9.2f}{p.value:>10.2f}")
        total = sum(p.value for p in self)
        lines.append(f"{'TOTAL':<25}{total:>19.2f}")
        return "\n".join(lines)


inv = Inventory()
for args in [("A1", "Widget", "tools", 2.50, 100), ("A2", "Gadget", "tools", 12.99, 7),
             ("B1", "Apple", "food", 0.35, 240), ("B2", "Bread", "food", 2.10, 12),
             ("C1", "Notebook", "office", 3.75, 0)]:
    inv.add(Product(*args))
print(len(inv), "products")
print(inv.report())
print()
for sku, qty in [("A2", 3), ("B1", 300), ("C1", 1), ("B2", 12)]:
    try:
        print(f"sold {qty} x {sku} for {inv.sell(sku, qty):.2f}")
    except ValueError as e:
        print(f"cannot sell {qty} x {sku}: {e}")
inv.restock("C1", 25)
try:
    inv.add(Product("A1", "Dup", "tools", 1.0))
except ValueError as e:
    print("error:", e)
print()
for cat, items in sorted(inv.by_category().items()):
    names = ", ".join(p.name for p in sorted(items, key=lambda p: p.price))
    print(f"{cat:>7}: {names} (stock {sum(p.quantity for p in items)})")
out_of_stock = [p.name for p in inv if p.quantity == 0]
print("out of stock:", out_of_stock)
print(max(inv, key=lambda p: p.value))
print(Product("A1", "x", "y", 0) in list(inv), len(set(inv) | {Product("Z9", "New", "misc", 1.0)}))
print(inv.report())
