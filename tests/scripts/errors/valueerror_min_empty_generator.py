# Ends with an uncaught ValueError
print(min(x * x for x in range(-3, 3)))
print(min((), default=0))
data = [5, 8, 13]
print(min(d for d in data if d > 6))
print("searching for values above 100")
print("checkpoint 1")
print("checkpoint 2")
print("checkpoint 3")
print(min(d for d in data if d > 100))
