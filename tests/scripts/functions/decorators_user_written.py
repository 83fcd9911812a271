def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
def twice(func):
    def wrapper(*args):
        return func(func(*args))
    return wrapper
calls = []
def logged(func):
    def wrapper(*args, **kwargs):
        calls.append((args, kwargs))
        return func(*args, **kwargs)
    return wrapper
@shout
def hello(name):
    return "hello " + name
@twice
def inc(x):
    return x + 1
@logged
@twice
def double(x):
    return x * 2
print(hello("world"), inc(5), double(3), double(1))
print(calls)
@shout
@logged
def joined(*parts, sep="-"):
    return sep.join(parts)
print(joined("a", "b"), joined("x", "y", sep="+"), calls[-1])
def repeat(n):
    def deco(func):
        def wrapper(x):
            for _ in range(n):
                x = func(x)
            return x
        return wrapper
    return deco
@repeat(3)
def halve(x):
    return x / 2
print(halve(80), repeat(0)(halve)(80))
