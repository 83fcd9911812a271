# Ends with an uncaught TypeError
a = {1, 2}
b = {3}
print(sorted(a | b))
print(a - b, a & b)
print(sorted(a ^ b))
print(list(a) + list(b))
print("sets don't support +")
print("checkpoint 1")
print(a + b)
