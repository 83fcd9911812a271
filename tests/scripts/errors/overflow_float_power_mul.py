# Ends with an uncaught OverflowError
x = 1e200
print(x * x)
print(x * 1e108)
print(-x * x * x)
print(x ** 1)
print(x ** 1.5)
print("checkpoint 1")
print("checkpoint 2")
print(x ** 2)
