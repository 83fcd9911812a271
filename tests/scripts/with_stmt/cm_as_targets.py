class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (a, b):
    print(a, b)
class Triple:
    def __enter__(self):
        return [10, [20, 30]]
    def __exit__(self, *a):
        pass
with Triple() as (x, (y, z)):
    print(x, y, z)
with Triple() as [first, *rest]:
    print(first, rest)
class Holder:
    pass
h = Holder()
class Val:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, *a):
        print("exit", self.v)
with Val("attr") as h.value:
    print("h.value =", h.value)
d = {}
with Val("item") as d["key"]:
    pass
print(d)
lst = [0, 0]
with Val(99) as lst[1]:
    pass
print(lst)
with Val("kept") as v:
    pass
print("after with, v =", v)
try:
    with Val((1, 2, 3)) as (p, q):
        print("never")
except ValueError as e:
    print("ValueError:", e)
