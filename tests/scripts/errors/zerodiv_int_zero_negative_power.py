# Ends with an uncaught ZeroDivisionError
print(2 ** -1, 2 ** -2)
print(0 ** 1, 0 ** 0)
print((-2) ** -1, 10 ** -3)
k = 0
for e in [2, 1, 0]:
    print(k ** e)
print(type(k ** 2))
print("now 0 ** -1")
print(1 ** -1)
print(k ** -1)
