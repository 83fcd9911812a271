# Ends with an uncaught TypeError
def area(w, h=1):
    return w * h
print(area(3))
print(area(3, 4))
print(area(w=2, h=5))
print(area(h=2, w=5))
print(area(**{"w": 7}))
print("the next statement raises")
print(area(3, depth=2))
