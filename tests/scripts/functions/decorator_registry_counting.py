registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco
@register("add")
def add(a, b):
    return a + b
@register("mul")
def mul(a, b):
    return a * b
print(sorted(registry), registry["add"](2, 3), registry["mul"](2, 3), add is registry["add"])
def count_calls(f):
    counts = [0]
    def wrapper(*args):
        counts[0] += 1
        return f(*args), counts[0]
    return wrapper
@count_calls
def ident(x):
    return x
print(ident("a"), ident("b"), ident("c"))
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), [fib(i) for i in range(10)])
