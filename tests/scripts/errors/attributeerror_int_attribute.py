# Ends with an uncaught AttributeError
x = 5
print(x + 1)
print(abs(x))
print(str(x).zfill(3))
print(isinstance(x, int))
print("looking up .foo on an int")
print("checkpoint 1")
print("checkpoint 2")
print(x.foo)
