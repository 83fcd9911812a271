# Ends with an uncaught TypeError
x = 5
print(x * (2 + 3))
print(x * 2)
print(abs(x))
print(str(x))
print(callable(x))
print("calling an int")
print("the next statement raises")
print(x(2 + 3))
