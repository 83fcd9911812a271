# Ends with an uncaught AssertionError
x = [1, 2, 3]
assert len(x) == 3
assert x
assert x[0] == 1
print("three assertions passed")
y = x.pop()
print(y, x)
assert sum(x) == 3
print("sum ok")
assert len(x) == 3
