# Ends with an uncaught TypeError
print([1] < [2])
print([None] == [None])
print(max([1, 5, 3]))
print(min(["x", "y"]))
vals = [4, None, 2]
print(vals)
print(vals[0] > vals[2])
print("the next statement raises")
print(max(vals))
