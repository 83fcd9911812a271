def three():
    yield 1
    yield 2
    yield 3
g = three()
print(list(g), list(g), sum(g), next(g, None))
g = three()
print(next(g), list(g), next(g, "x"))
g = three()
for x in g:
    if x == 2:
        break
print("resumed after break:", list(g))
g = three()
a = zip(g, g)
print(list(a))
def counter():
    n = 0
    while n < 3:
        n += 1
        yield n
    print("counter exhausted")
c = counter()
print([x for x in c])
print([x for x in c])
for _ in range(3):
    print(next(c, "still exhausted"))
c2 = counter()
print(3 in c2, list(c2))
c3 = counter()
print(1 in c3, next(c3))
def gen_with_return():
    yield "only"
    return "value"
gr = gen_with_return()
print(next(gr))
for attempt in range(2):
    try:
        next(gr)
    except StopIteration as e:
        print("attempt", attempt, "value:", e.value)
g = three()
g.close()
print(list(g))
