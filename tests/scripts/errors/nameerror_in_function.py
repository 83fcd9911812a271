# Ends with an uncaught NameError
def helper(n):
    return n * 2
def compute(n):
    total = helper(n)
    return total + missing_helper(n)
print(helper(3))
print(helper("ab"))
print("calling compute")
print(compute(1))
print("unreachable")
