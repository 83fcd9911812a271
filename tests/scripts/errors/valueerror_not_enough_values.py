# Ends with an uncaught ValueError
x, y, z = "abc"
print(x, y, z)
x, y, z = range(3)
print(x, y, z)
x, y, *z = [1, 2]
print(x, y, z)
print("unpacking two into three")
print("checkpoint 1")
x, y, z = [1, 2]
