# Ends with an uncaught ValueError
print(1 << 3, 16 >> 2)
print(-1 << 4, -16 >> 2)
print(5 << 0, 5 >> 0)
k = 2 - 3
print(k)
print("checkpoint 1")
print("checkpoint 2")
print("checkpoint 3")
print(8 >> k)
