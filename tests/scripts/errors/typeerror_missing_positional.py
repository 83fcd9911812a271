# Ends with an uncaught TypeError
def f(a, b):
    return a * b
print(f(2, 3))
print(f(b=2, a=3))
print(f(*"ab"[:1], 3))
print(f("ab", 2))
print("calling with one argument")
print("the next statement raises")
print(f(1))
