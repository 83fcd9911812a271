def trace(f):
    depth = [0]
    def wrapper(n):
        print("  " * depth[0] + "call", n)
        depth[0] += 1
        r = f(n)
        depth[0] -= 1
        print("  " * depth[0] + "ret", r)
        return r
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4))
def once(f):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = f(*a)
            done = True
        return result
    return wrapper
@once
def init(x):
    print("initializing with", x)
    return x * 2
print(init(5), init(99), init(0))
