# Ends with an uncaught ZeroDivisionError
print(1.0 / 3.0, -1.0 / 3.0)
print(1.0 / float("inf"))
print(5.5 / 2, 5.5 / -2)
d = 0.0
print(d == 0, d == -0.0)
print(0.0 / 1)
print([1 / x for x in [1.0, 2.0, 4.0]])
print("next one fails")
print(1.5 / d)
