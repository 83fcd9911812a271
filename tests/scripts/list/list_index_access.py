a = ["a", "b", "c", "d", "e"]
for i in range(-5, 5):
    print(i, a[i], a[i:], a[:i])
a[0] = "A"
a[-1] = "E"
a[2] += "!"
print(a)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
m[0][0] += 1
print(m)
print(a[True], a[False], a[-True])
print(a[len(a) - 1], a[-len(a)])
