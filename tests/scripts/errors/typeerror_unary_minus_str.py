# Ends with an uncaught TypeError
print(-5, -(-5), -2.5)
print(-True, +False)
s = "5"
print(-int(s))
print(-float(s))
print(+int(s))
print("negating a string")
print("the next statement raises")
print(-s)
