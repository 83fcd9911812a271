# Ends with an uncaught UnboundLocalError
def pick(flag):
    if flag:
        result = "set"
    return result
print(pick(True))
print(pick(1))
print(pick("x"))
print("now with a false flag")
print(pick(0))
print("unreachable")
