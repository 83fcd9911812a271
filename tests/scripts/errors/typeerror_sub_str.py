# Ends with an uncaught TypeError
print(5 - 3, 5.5 - 3)
print({1, 2} - {2})
a = "hello"
b = "h"
print(a.replace(b, ""))
print(a.strip(b))
print(len(a) - len(b))
print("the next statement raises")
print(a - b)
