a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
a, b = b, a + b
print(a, b)
x, y = 0, 1
seq = []
for _ in range(10):
    seq.append(x)
    x, y = y, x + y
print(seq)
lst = [1, 2, 3, 4, 5]
lst[0], lst[1], lst[2] = lst[2], lst[0], lst[1]
print(lst)
i, j = 0, len(lst) - 1
while i < j:
    lst[i], lst[j] = lst[j], lst[i]
    i, j = i + 1, j - 1
print(lst)
p = [3, 1, 2]
p[p[0] - 1], p[0] = p[0], p[p[0] - 1]
print(p)
m, n = 48, 18
while n:
    m, n = n, m % n
print(m)
