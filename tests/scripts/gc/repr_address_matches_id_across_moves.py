# Reprs that show an address show id(), which does not change when a collection moves the
# object; ids of live objects are distinct.
def f():
    pass


class C:
    pass


def gen():
    yield 1


c = C()
g = gen()
before = [repr(f), repr(c), repr(g), id(f), id(c), id(g)]
churn = []
for i in range(40000):
    churn.append((i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i))
    if len(churn) > 1000:
        churn = []
after = [repr(f), repr(c), repr(g), id(f), id(c), id(g)]
print(before == after)
print(repr(f) == "<function f at %s>" % hex(id(f)))
print(repr(c) == "<__main__.C object at %s>" % hex(id(c)))
print(repr(g) == "<generator object gen at %s>" % hex(id(g)))
live = [C() for _ in range(5000)]
ids = set()
for o in live:
    ids.add(id(o))
for i in range(5000):
    churn.append(str(i))
print(len(ids), len(set(id(o) for o in live)), ids == set(id(o) for o in live))
