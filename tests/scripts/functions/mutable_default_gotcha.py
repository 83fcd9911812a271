def append_to(item, target=[]):
    target.append(item)
    return target
a = append_to(1)
b = append_to(2)
c = append_to(3, [])
d = append_to(4)
print(a, b, c, d, a is b, a is d, a is c)
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}), counter())
def make(x, cache={}):
    if x not in cache:
        cache[x] = x * x
        print("computed", x)
    return cache[x]
print(make(3), make(3), make(4), make(3))
def tup_default(t=()):
    t += (1,)
    return t
print(tup_default(), tup_default(), tup_default((0,)))
def list_default(l=[]):
    l = l + [1]
    return l
print(list_default(), list_default())
