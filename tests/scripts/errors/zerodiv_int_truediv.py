# Ends with an uncaught ZeroDivisionError
a = 10
b = 3
print(a / b, a // b, a % b)
for d in [5, 2, 1]:
    print(a, "/", d, "=", a / d)
b = b - 3
print("b is now", b)
print("about to divide")
print(a / 1)
print(a / b)
print("unreachable")
