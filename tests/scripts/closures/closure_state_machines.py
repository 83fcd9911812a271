def make_toggle():
    state = [False]
    def toggle():
        state[0] = not state[0]
        return state[0]
    return toggle
t = make_toggle()
print([t() for _ in range(5)])
def make_fib():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
f = make_fib()
print([f() for _ in range(15)])
def make_cycle(items):
    idx = -1
    def step():
        nonlocal idx
        idx = (idx + 1) % len(items)
        return items[idx]
    return step
c = make_cycle("RGB")
print("".join(c() for _ in range(8)))
def make_averager():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = make_averager()
print(avg(10), avg(20), avg(0), avg(5.5))
