def multiplier(n):
    return lambda x: x * n
def power_fn(exp):
    def f(base):
        return base ** exp
    return f
square, cube = power_fn(2), power_fn(3)
print(square(4), cube(2), multiplier(3)("ab"), multiplier(0)(99))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
h = compose(str, square, lambda v: v + 1)
print(h(3), repr(h(0)), compose()(5))
def bind(f, *bound):
    def call(*more):
        return f(*bound, *more)
    return call
add3 = bind(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), bind(max, 10)(3, 50), bind(print, "bound:")("ok"))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10), curry(lambda a, b: a - b)(10)(3))
def memoize(f):
    cache = {}
    def g(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return g, cache
sq, sq_cache = memoize(lambda n: n * n)
print(sq(4), sq(5), sq(4), sorted(sq_cache.items()))
