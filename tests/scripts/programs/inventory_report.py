inventory = [
    ("widget", "tools", 3, 2.50), ("gadget", "tools", 0, 12.00), ("apple", "food", 40, 0.35),
    ("bread", "food", 5, 2.25), ("hammer", "tools", 7, 15.75), ("cheese", "food", 2, 7.80),
]
by_cat = {}
for name, cat, qty, price in inventory:
    by_cat.setdefault(cat, []).append((name, qty, price))
for cat in sorted(by_cat):
    items = by_cat[cat]
    print(f"== {cat.upper()} ({len(items)} items) ==")
    for name, qty, price in sorted(items, key=lambda t: -t[1] * t[2]):
        flag = " LOW" if qty < 5 else ""
        print(f"  {name:<8}{qty:>4} x {price:>6.2f} = {qty * price:>8.2f}{flag}")
    print(f"  {'subtotal':<8}{sum(q for _, q, _ in items):>4}{'':>11}{sum(q * p for _, q, p in items):>8.2f}")
total = sum(q * p for _, _, q, p in inventory)
print(f"TOTAL {total:,.2f}", f"{len([1 for i in inventory if i[2] == 0])} out of stock")
print("%-10s|%5s|%8s" % ("name", "qty", "value"))
for name, _, qty, price in inventory[:3]:
    print("%-10s|%5d|%8.3f" % (name, qty, qty * price))
