# Ends with an uncaught TypeError
print([1] * 3)
print("x" * 2)
a = [1, 2]
b = [3]
print(a + b)
print(a * len(b))
print(len(a * 2))
print("multiplying two lists")
print(a * b)
