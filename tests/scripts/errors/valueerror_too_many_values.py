# Ends with an uncaught ValueError
a, b = 1, 2
print(a, b)
a, b = [3, 4]
print(a, b)
a, *b = 1, 2, 3
print(a, b)
print("unpacking three into two")
print("checkpoint 1")
a, b = 1, 2, 3
