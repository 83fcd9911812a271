prices = {"apple": 1.25, "banana": 0.5, "cherry": 3.0, "date": 2.75}
for name in prices:
    print(name, prices[name])
for i, (name, price) in enumerate(prices.items()):
    print(i, f"{name:<8}{price:>6.2f}")
cheap = {k: v for k, v in prices.items() if v < 2}
print(cheap)
print(sorted(prices, key=prices.get), sorted(prices, key=lambda k: -prices[k])[0])
print(sum(prices.values()), round(sum(prices.values()) / len(prices), 3))
doubled = dict(zip(prices, map(lambda v: v * 2, prices.values())))
print(doubled)
print(list(prices.items())[1], next(iter(prices)), next(iter(prices.values())))
print(any(v > 3 for v in prices.values()), all(len(k) > 3 for k in prices))
