# Ends with an uncaught ZeroDivisionError
print(5.0 % 3, -5.0 % 3, 5.0 % -3)
print(5 % 2.5, 5 % 1.5)
vals = [3.0, 1.5, 0.0]
for v in vals[:2]:
    print("5.0 %", v, "=", 5.0 % v)
print(len(vals))
print(vals[-1])
print(0.0 % 1)
print(5.0 % vals[2])
