counter = 0
def increment():
    global counter
    counter += 1
    return counter
for _ in range(3):
    increment()
print(counter)
def set_new():
    global brand_new
    brand_new = "created"
set_new()
print(brand_new)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read_only():
    return x + "!"
print(read_only())
total = []
def add(v):
    total.append(v)
add(1)
add(2)
print(total)
def reset():
    global total, counter
    total = []
    counter = -1
reset()
print(total, counter)
