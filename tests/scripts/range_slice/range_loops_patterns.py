for i in range(3):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=",")
print()
total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
print([i for i in range(0, 50, 7)], [i for i in range(50, 0, -7)])
print(list(range(len("hello"))), [("hello"[i], i) for i in range(0, 5, 2)])
n = 5
for row in range(n):
    print(" " * (n - row - 1) + "*" * (2 * row + 1))
r = range(1, 6)
print(list(zip(r, r[1:])), list(map(lambda a, b: a * b, r, r[::-1])))
print(sum(range(0, -100, -1)), sum(range(-50, 51)), len(range(-50, 51)))
