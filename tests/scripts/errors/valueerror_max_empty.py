# Ends with an uncaught ValueError
print(max([1, 5, 2]), max("abc"))
print(max([], default=None))
print(max((x for x in []), default="none"))
print(min([3]))
vals = [x for x in range(10) if x > 20]
print(vals)
print("checkpoint 1")
print("checkpoint 2")
print(max(vals))
