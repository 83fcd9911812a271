def f(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(c=0, a=9))
print(f(*[1, 2, 3], **{"c": 7, "z": 8}))
def pos_only(x, y, /, z=0):
    return x, y, z
print(pos_only(1, 2), pos_only(1, 2, z=3), pos_only(1, 2, 3))
def kw_only(*, name, greeting="hello"):
    return f"{greeting}, {name}"
print(kw_only(name="ann"), kw_only(greeting="yo", name="bob"))
def mixed(a, /, b, *, c):
    return a, b, c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def defaults(a, b=[], c={}, d=None):
    b.append(a)
    c[a] = len(b)
    return b, c, d
print(defaults(1))
print(defaults(2))
print(defaults(3, [], {}))
print(f.__defaults__, f.__kwdefaults__, defaults.__name__)
print(kw_only.__kwdefaults__, pos_only.__defaults__)
def varargs_only(*args):
    return len(args), args
print(varargs_only(), varargs_only(None), varargs_only(*"abc"))
def kwargs_only(**kwargs):
    return sorted(kwargs.items())
print(kwargs_only(), kwargs_only(b=1, a=2), kwargs_only(**{"x-y": 1}))
def ret_multiple():
    return 1, [2], "three"
a, b, c = ret_multiple()
print(a, b, c, ret_multiple())
def no_return():
    pass
print(no_return(), (lambda: None)())
def nested_defaults(x, fn=lambda v: v * 2):
    return fn(x)
print(nested_defaults(4), nested_defaults(4, str))
