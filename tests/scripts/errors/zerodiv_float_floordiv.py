# Ends with an uncaught ZeroDivisionError
print(7.5 // 2, -7.5 // 2)
print(7.5 % 2, -7.5 % 2)
print(7.5 // 0.5)
z = 0.0
print(z, -z)
print(1 // 1.0)
print(0.0 // 3)
print([x // 1.5 for x in [3.0, 4.5]])
print(7.5 // z)
