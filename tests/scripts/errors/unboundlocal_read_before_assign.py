# Ends with an uncaught UnboundLocalError
x = 10
def show():
    print("global x is", x)
show()
def broken():
    print("inside broken")
    print(x)
    x = 5
    return x
broken()
