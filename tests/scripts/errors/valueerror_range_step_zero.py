# Ends with an uncaught ValueError
print(list(range(0, 10, 3)))
print(list(range(10, 0, -4)))
print(len(range(0)))
step = 3 - 3
print(step)
print("checkpoint 1")
print("checkpoint 2")
print("checkpoint 3")
print(range(1, 2, step))
