class ShopError(Exception):
    status = 500
    def describe(self):
        return f"[{self.status}] {type(self).__name__}: {self}"
class OutOfStock(ShopError):
    status = 409
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item
class UnknownItem(ShopError, KeyError):
    status = 404
class PaymentError(ShopError):
    status = 402
stock = {"apple": 3, "pear": 0}
prices = {"apple": 5, "pear": 7}
def buy(item, qty, cash):
    if item not in stock:
        raise UnknownItem(item)
    if stock[item] < qty:
        raise OutOfStock(item, qty, stock[item])
    cost = prices[item] * qty
    if cash < cost:
        raise PaymentError(f"need {cost}, got {cash}")
    stock[item] -= qty
    return cash - cost
orders = [("apple", 2, 20), ("pear", 1, 10), ("kiwi", 1, 1), ("apple", 2, 100), ("apple", 1, 2), ("apple", 1, 5)]
for order in orders:
    try:
        change = buy(*order)
    except OutOfStock as e:
        print(e.describe(), "| item:", e.item)
    except KeyError as e:
        print(e.describe(), "| also a KeyError:", isinstance(e, LookupError))
    except ShopError as e:
        print(e.describe())
    else:
        print("bought", order[:2], "change", change)
print(stock)
print([c.__name__ for c in UnknownItem.__mro__])
print(str(UnknownItem("kiwi")), str(OutOfStock("a", 1, 0)))
