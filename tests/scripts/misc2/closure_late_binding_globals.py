def loop_closures():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return [f() for f in fns]
print(loop_closures())
def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    i = 42
    return [f() for f in fns]
print(late_binding())
def gen_nonlocal():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for k in range(5):
        add(k)
    return total
print(gen_nonlocal())
g = 1
def reads_then_global():
    global g
    g = g + 1
    return g
print(reads_then_global(), g)
