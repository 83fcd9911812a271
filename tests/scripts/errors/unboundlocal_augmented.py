# Ends with an uncaught UnboundLocalError
counter = 0
def ok():
    global counter
    counter += 1
    return counter
print(ok(), ok())
def bad():
    counter += 1
    return counter
print("calling bad")
bad()
