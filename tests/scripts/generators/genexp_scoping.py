class Config:
    factor = 3
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    total = sum(v for v in values)
    try:
        broken = [v * factor for v in values]
    except NameError as e:
        error = str(e)
print(Config.scaled, Config.total, Config.error)
x = "global x"
def f():
    x = "local x"
    g = (x for _ in range(1))
    return next(g)
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs2])
gens = [(i * j for j in range(2)) for i in range(3)]
print([list(g) for g in gens])
i = "outer i"
squares = [i * i for i in range(4)]
print(i, squares)
def closure_gen():
    n = 1
    g = (n * k for k in range(3))
    n = 10
    return list(g)
print(closure_gen())
def first_iter_eager():
    data = [1, 2]
    g = (d for d in data)
    data = [9, 9]
    return list(g)
print(first_iter_eager())
try:
    bad = (y for y in undefined_name_here)
except NameError as e:
    print("eager NameError:", e)
lazy = (undefined_in_body for y in [1])
try:
    next(lazy)
except NameError as e:
    print("lazy NameError:", e)
print([(a, b) for a in range(3) for b in range(a)])
print({k: [k * m for m in range(k)] for k in range(3)})
