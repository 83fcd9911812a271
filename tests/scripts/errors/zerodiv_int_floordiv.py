# Ends with an uncaught ZeroDivisionError
vals = [17, -17, 0]
for v in vals:
    print(v // 4, v // -4)
print(divmod(17, 4))
n = 0
for i in range(3):
    n += i - 1
print("n =", n)
print(1 // 1)
print(17 // n)
