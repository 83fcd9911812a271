# Ends with an uncaught ZeroDivisionError
print(0.0 ** 0, 0.0 ** 1, 0.0 ** 2.5)
print(2.0 ** -1, 4.0 ** -0.5)
print(0 ** 0, 0 ** 3)
base = 0.0
for e in [3, 2, 1, 0]:
    print(base, "**", e, "=", base ** e)
print("negative exponent next")
print(base ** 0.5)
print(base ** -1)
