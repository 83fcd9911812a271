# An inventory and order-processing system.


class Product:
    __slots__ = ("sku", "name", "category", "_price", "stock")

    def __init__(self, sku, name, category, price, stock=0):
        self.sku = sku
        self.name = name
        self.category = category
        self.price = price
        self.stock = stock

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.sku}: {value}")
        self._price = round(value, 2)

    @property
    def stock_value(self):
        return self.price * self.stock

    @classmethod
    def from_csv(cls, line):
        sku, name, category, price, stock = (part.strip() for part in line.split(","))
        return cls(sku, name, category, float(price), int(stock))

    def __repr__(self):
        return f"{type(self).__qualname__}({self.sku!r}, {self.name!r}, price={self.price})"


class Order:
    next_id = 1000

    class Line:
        def __init__(self, product, qty):
            self.product = product
            self.qty = qty

        @property
        def total(self):
            return round(self.product.price * self.qty, 2)

    def __init__(self, customer):
        self.id = Order.next_id
        Order.next_id += 1
        self.customer = customer
        self.lines = []
        self.status = "open"

    @classmethod
    def quick(cls, customer, inventory, **quantities):
        order = cls(customer)
        for sku, qty in quantities.items():
            order.add(inventory[sku], qty)
        return order

    def add(self, product, qty):
        self.lines.append(Order.Line(product, qty))

    def __len__(self):
        return sum(line.qty for line in self.lines)

    @property
    def total(self):
        return round(sum(line.total for line in self.lines), 2)


class Inventory:
    def __init__(self, products):
        self.products = {p.sku: p for p in products}
        self._cache = {}
        self.cache_hits = 0

    def __getitem__(self, sku):
        return self.products[sku]

    def __len__(self):
        return len(self.products)

    def __iter__(self):
        return iter(self.products.values())

    def low_stock(self, threshold=5):
        return (p for p in self if p.stock < threshold)

    def by_category(self):
        groups = {}
        for p in self:
            groups.setdefault(p.category, []).append(p)
        return groups

    def shipping_cost(self, weight_units):
        """Memoized tiered shipping cost computed recursively."""
        if weight_units in self._cache:
            self.cache_hits += 1
            return self._cache[weight_units]
        if weight_units <= 0:
            cost = 0.0
        elif weight_units <= 3:
            cost = 4.99
        else:
            cost = round(self.shipping_cost(weight_units - 3) + 2.5, 2)
        self._cache[weight_units] = cost
        return cost

    def fulfil(self, order):
        missing = [(l.product.sku, l.qty, l.product.stock) for l in order.lines if l.qty > l.product.stock]
        if missing:
            order.status = "backordered"
            return missing
        for line in order.lines:
            line.product.stock -= line.qty
        order.status = "shipped"
        return []


CSV = """\
A100, Widget, hardware, 2.50, 120
A101, Gizmo, hardware, 12.99, 3
B200, Novel, books, 8.75, 40
B201, Cookbook, books, 24.00, 2
C300, Headphones, electronics, 59.90, 7
C301, Cable, electronics, 4.49, 300
C302, Charger, electronics, 19.99, 0"""

inv = Inventory(Product.from_csv(line) for line in CSV.splitlines())
print(f"{len(inv)} products; first: {next(iter(inv))!r}")
p = inv["A100"]
print("class:", p.__class__.__name__, "qualname of Line:", Order.Line.__qualname__)
print("has __dict__:", hasattr(p, "__dict__"), "slots:", Product.__slots__)
try:
    p.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.price = -1
except ValueError as e:
    print("ValueError:", e)

print(f"\n{'SKU':<6}{'Name':<12}{'Category':<13}{'Price':>8}{'Stock':>7}{'Value':>11}")
for prod in sorted(inv, key=lambda x: (x.category, -x.stock_value)):
    print(f"{prod.sku:<6}{prod.name:<12}{prod.category:<13}{prod.price:>8.2f}{prod.stock:>7}{prod.stock_value:>11,.2f}")
print(f"{'':<31}total stock value: {sum(p.stock_value for p in inv):,.2f}")

groups = inv.by_category()
for cat, items in sorted(groups.items()):
    cheapest = min(items, key=lambda x: x.price)
    priciest = max(items, key=lambda x: x.price)
    print(f"{cat:<12} n={len(items)} cheapest={cheapest.name} priciest={priciest.name} "
          f"avg={sum(i.price for i in items) / len(items):.3f}")
print("low stock:", [p.sku for p in inv.low_stock()])
print("low stock (<=10):", sorted(p.name for p in inv.low_stock(threshold=11)))

orders = [
    Order.quick("alice", inv, A100=10, C301=2),
    Order.quick("bob", inv, B201=3),
    Order.quick("carol", inv, C300=2, B200=1, A101=3),
    Order.quick("dave", inv, C302=1, A100=5),
]
for order in orders:
    missing = inv.fulfil(order)
    ship = inv.shipping_cost(len(order))
    print(f"order {order.id} {order.customer:<6} items={len(order):>3} subtotal={order.total:>8.2f} "
          f"ship={ship:>6.2f} status={order.status}{' missing=' + str(missing) if missing else ''}")

print("shipping table:", [inv.shipping_cost(w) for w in (1, 4, 7, 12, 13)], "cache hits:", inv.cache_hits)
revenue = sum(o.total for o in orders if o.status == "shipped")
print(f"revenue: {revenue:.2f} from {sum(1 for o in orders if o.status == 'shipped')} orders")
best = max((l for o in orders for l in o.lines), key=lambda l: l.total)
print("biggest line:", best.product.name, best.qty, best.total, "line vars:", sorted(vars(best)))
print("remaining:", {p.sku: p.stock for p in inv if p.stock != 120})
order_vars = vars(orders[0])
print("order vars:", {k: v for k, v in order_vars.items() if k != "lines"})
print("type name via type():", type(orders[0]).__name__, type(orders[0].lines[0]).__qualname__)
print("any out of stock:", any(p.stock == 0 for p in inv), "all priced:", all(p.price > 0 for p in inv))
print("sorted names desc:", sorted((p.name for p in inv), reverse=True)[:3])
