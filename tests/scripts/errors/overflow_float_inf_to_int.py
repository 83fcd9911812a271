# Ends with an uncaught OverflowError
print(int(1e308))
print(float("inf") > 1e308)
x = 1e308 * 10
print(x)
print(x == float("inf"))
print(int(-1e300) < 0)
print("checkpoint 1")
print("checkpoint 2")
print(int(x))
