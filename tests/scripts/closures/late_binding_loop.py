fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
i = 100
print([f() for f in fs])
gs = [lambda: j for j in range(4)]
print([g() for g in gs])
hs = [lambda j=j: j for j in range(4)]
print([h() for h in hs])
def make(n):
    return lambda: n
ks = [make(k) for k in range(4)]
print([k() for k in ks])
adders = {}
for name, val in [("one", 1), ("two", 2)]:
    adders[name] = lambda x: x + val
print(adders["one"](10), adders["two"](10))
def factory():
    out = []
    for m in range(3):
        def f():
            return m * 10
        out.append(f)
    m = 99
    return out
print([f() for f in factory()])
