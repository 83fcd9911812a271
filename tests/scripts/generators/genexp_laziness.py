def noisy(x):
    print("computing", x)
    return x * 10
g = (noisy(x) for x in range(4))
print("genexp created")
print(next(g))
print("between")
for v in g:
    print("loop got", v)
    if v >= 20:
        break
print("remaining:", list(g))
def src():
    for i in range(3):
        print("src yields", i)
        yield i
g2 = (x + 1 for x in src())
print("built g2")
print(sum(g2))
data = [1, 2, 3]
lazy = (x * 2 for x in data)
data.append(4)
print(list(lazy))
items = [1, 2]
g3 = (x for x in items)
items = [9, 9, 9]
print(list(g3))
n = 10
g4 = (x + n for x in range(3))
n = 100
print(list(g4))
print(any(noisy(x) > 15 for x in range(5)))
print(all(noisy(x) < 15 for x in range(5)))
first = next((x for x in range(100) if x % 7 == 6), None)
print(first, next((x for x in [] if x), "none found"))
g5 = (y for x in range(3) for y in range(x))
print(list(g5))
print(type(x * 2 for x in []).__name__)
def gen_in_gen():
    return ((i, j) for i in range(2) for j in "ab" if j != "a" or i)
print(list(gen_in_gen()))
print(sorted((x % 3, x) for x in range(6)))
