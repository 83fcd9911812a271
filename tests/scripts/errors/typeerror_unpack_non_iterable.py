# Ends with an uncaught TypeError
a, b = (1, 2)
print(a, b)
c, d = "xy"
print(c, d)
e, f = [None, None]
print(e, f)
print("unpacking an int")
g, h = 5
print(g, h)
