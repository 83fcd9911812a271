# Ends with an uncaught TypeError
def g(x, y=0):
    return x - y
print(g(5))
print(g(5, 2))
print(g(y=1, x=9))
print(g(*[8], y=3))
print("passing x twice")
print("the next statement raises")
print(g(1, x=2))
