# Ends with an uncaught TypeError
print(~5, ~-1, ~0)
print(~True)
x = 2.0
print(-x, +x, abs(x))
print(~int(x))
print(int(x))
print("inverting a float")
print("the next statement raises")
print(~x)
