def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    inc()
    inc()
    return count, inc()
print(outer())
def make_acc():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    return add
acc = make_acc()
print(acc(5), acc(10), acc(-3))
def three_levels():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a *= 10
        inner()
        inner()
    mid()
    return a
print(three_levels())
def swap_demo():
    x, y = 1, 2
    def swap():
        nonlocal x, y
        x, y = y, x
    swap()
    return x, y
print(swap_demo())
