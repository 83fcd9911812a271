counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
def outer():
    def inner():
        global counter
        counter = 100
    counter = "outer local"
    inner()
    return counter
print(outer(), counter)
def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    def peek():
        return count
    return step, reset, peek
step, reset, peek = make_counter()
step(); step(); step()
print(peek())
reset()
print(peek(), step())
def level1():
    x = "L1"
    def level2():
        def level3():
            nonlocal x
            x = "set by L3"
        level3()
        return x
    r = level2()
    return r, x
print(level1())
def shadow():
    x = "shadow outer"
    def mid():
        x = "mid own"
        def inner():
            nonlocal x
            x = "inner changed mid"
        inner()
        return x
    return mid(), x
print(shadow())
