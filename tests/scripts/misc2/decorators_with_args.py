def wraps(original):
    def apply(wrapper):
        wrapper.__name__ = original.__name__
        wrapper.__doc__ = original.__doc__
        wrapper.__wrapped__ = original
        return wrapper
    return apply
def trace(prefix=">>"):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            print(prefix, fn.__name__, args, kwargs)
            result = fn(*args, **kwargs)
            print(prefix, fn.__name__, "returned", result)
            return result
        return wrapper
    return deco
def memo(fn):
    cache = {}
    @wraps(fn)
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@trace()
def add(a, b=1):
    """adds"""
    return a + b
add(2)
add(2, b=5)
print(add.__name__, add.__doc__, add.__wrapped__(10, 10))
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), fib.__name__)
@trace("##")
@memo
def square(n):
    return n * n
square(4)
square(4)
print(square.__name__, square.__wrapped__.__name__)
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(*a):
    return len(a)
for i in range(4):
    noop(*range(i))
print(noop.calls, noop(1, 2))
def repeat(n):
    return lambda fn: lambda *a: [fn(*a) for _ in range(n)]
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))
class Method:
    def __repr__(self):
        return "Method()"
    @trace("~~")
    def go(self, x):
        return x * 2
print(Method().go(21))
