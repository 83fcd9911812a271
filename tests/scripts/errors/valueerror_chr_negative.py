# Ends with an uncaught ValueError
print(chr(97 + 25))
print([chr(c) for c in range(65, 70)])
print(ord("a") - 98)
n = ord("a") - 98
print(n)
print("checkpoint 1")
print("checkpoint 2")
print("checkpoint 3")
print(chr(n))
