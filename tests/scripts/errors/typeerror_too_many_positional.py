# Ends with an uncaught TypeError
def f(a, b):
    return a + b
print(f(1, 2))
print(f("x", "y"))
print(f(*[3, 4]))
print(f(b=1, a=2))
args = (1, 2, 3)
print(len(args))
print(f(*args))
