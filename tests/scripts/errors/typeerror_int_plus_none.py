# Ends with an uncaught TypeError
def total(items):
    s = 0
    for x in items:
        s += x
    return s
print(total([1, 2, 3]))
print(total([]))
print(total([0.5, 0.5]))
print("summing with a None")
print(total([1, None, 2]))
