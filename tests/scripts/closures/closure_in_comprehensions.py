fs = [lambda x: x * i for i in range(1, 4)]
print([f(10) for f in fs])
fs2 = [(lambda i: lambda x: x * i)(i) for i in range(1, 4)]
print([f(10) for f in fs2])
d = {k: (lambda k=k: k.upper()) for k in "abc"}
print({k: v() for k, v in d.items()})
def outer(n):
    return [lambda: n + j for j in range(3)]
print([f() for f in outer(10)])
def outer_fixed(n):
    return [lambda j=j: n + j for j in range(3)]
print([f() for f in outer_fixed(10)])
base = 5
gen_sum = sum(x * base for x in range(4))
base = 1000
print(gen_sum)
def scale_all(vals, k):
    return [v * k for v in vals]
print(scale_all([1, 2, 3], 3), [scale_all([i], i) for i in range(3)])
x = "module"
print([x for x in "ab"], x)
print([[y * z for z in range(3)] for y in range(3)])
