found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
total = 0
for row in grid:
    for v in row:
        if v == 5:
            continue
        total += v
print(total)
k = 0
while k < 3:
    for m in range(5):
        if m == k:
            break
    else:
        print("no break", k)
    print("k", k, "m", m)
    k += 1
