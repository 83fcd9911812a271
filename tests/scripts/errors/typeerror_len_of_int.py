# Ends with an uncaught TypeError
print(len("abc"), len([1, 2]), len({}))
print(len(range(10)))
print(len(str(12345)))
n = 12345
print(n)
print(str(n)[::-1])
print("taking len of an int")
print("the next statement raises")
print(len(n))
