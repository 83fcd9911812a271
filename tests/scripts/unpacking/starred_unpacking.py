a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*a, b = "hello"
print(a, b)
a, *b = (1,)
print(a, b)
a, *b, c = [1, 2]
print(a, b, c)
*a, = range(4)
print(a)
first, *middle, last = "abcdef"
print(first, middle, last, type(middle))
a, b, *rest = [1, 2, 3, 4, 5, 6]
print(a, b, rest)
*init, x, y = [9, 8, 7]
print(init, x, y)
head, *tail = {"k": 1, "j": 2, "i": 3}
print(head, tail)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)
[p, *q] = iter("xyz")
print(p, q)
a, *b, c, d = range(10)
print(a, b, c, d)
