# Ends with an uncaught NameError
def outer():
    def inner():
        return v
    print("calling inner before v is bound")
    r = inner()
    v = 10
    return r
print("start")
print(1 + 1)
outer()
