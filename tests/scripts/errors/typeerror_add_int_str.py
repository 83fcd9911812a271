# Ends with an uncaught TypeError
print(1 + 2, "a" + "b")
print(str(1) + "b", 1 + int("2"))
print([1] + [2])
print((1,) + (2,))
vals = [1, "two"]
print(vals)
print(vals[0] * 2, vals[1] * 2)
print("the next statement raises")
print(vals[0] + vals[1])
