class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
cart = [Item("pen", 1.5, 4), Item("book", 12.0, 1), Item("mug", 7.25, 2), Item("cap", 9.0, 0)]
print(cart)
print(sorted(cart, key=lambda i: i.total()))
print(sorted(cart, key=lambda i: (i.qty, i.name), reverse=True))
print([i.name for i in cart if i.qty], sum(i.total() for i in cart))
by_name = {i.name: i for i in cart}
print(by_name["mug"], by_name["mug"].total())
by_name["mug"].qty += 1
print(cart[2], cart[2] is by_name["mug"])
print(max(cart, key=Item.total), min(cart, key=lambda i: i.price).name)
groups = {}
for i in cart:
    groups.setdefault(i.qty > 1, []).append(i.name)
print(groups)
