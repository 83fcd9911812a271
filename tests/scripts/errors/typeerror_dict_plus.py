# Ends with an uncaught TypeError
a = {"x": 1}
b = {"y": 2}
c = dict(a)
c.update(b)
print(c)
print({**a, **b})
print(len(a) + len(b))
print("checkpoint 1")
print(a + b)
