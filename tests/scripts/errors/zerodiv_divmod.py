# Ends with an uncaught ZeroDivisionError
print(divmod(7, 2), divmod(-7, 2))
print(divmod(7.5, 2), divmod(2 ** 70, 3))
pairs = [(10, 3), (10, -3), (-10, 3)]
for a, b in pairs:
    print(a, b, divmod(a, b))
print(divmod(0, 5))
print(divmod(0.0, 5))
print("dividing by zero")
print(divmod(5, 0))
