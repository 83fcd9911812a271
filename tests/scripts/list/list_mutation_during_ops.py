a = [1, 2, 3, 4, 5, 6]
for x in a[:]:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3, 4, 5, 6]
i = 0
while i < len(b):
    if b[i] % 3 == 0:
        del b[i]
    else:
        b[i] *= 10
        i += 1
print(b)
c = [1, 2, 3]
for x in c:
    if len(c) < 6:
        c.append(x * 10)
print(c)
d = [5, 4, 3, 2, 1]
seen = []
for x in d:
    seen.append(x)
    if x == 3:
        d.remove(x)
print(d, seen)
e = list(range(5))
e[1:4] = []
print(e)
