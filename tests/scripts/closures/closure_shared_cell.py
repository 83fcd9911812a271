def pair():
    x = 0
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = pair()
print(g())
s(42)
print(g())
s("changed")
print(g())
g2, s2 = pair()
s2(7)
print(g(), g2())
def outer():
    v = "before"
    def show():
        return v
    v = "after"
    return show
print(outer()())
def outer2():
    funcs = []
    x = 1
    funcs.append(lambda: x)
    x = 2
    funcs.append(lambda: x)
    return funcs
print([f() for f in outer2()])
def nested_counter():
    n = 0
    def level1():
        def level2():
            nonlocal n
            n += 1
            return n
        return level2
    return level1
l2 = nested_counter()()
print(l2(), l2(), l2())
