# Ends with an uncaught TypeError
def zero():
    return "zero"
def one(a):
    return a
print(zero())
print(one(1))
print(one(a=2))
print([zero() for _ in range(2)])
print(zero(1))
