for x in [0, -0, 7, -7, 10 ** 15, -(10 ** 15), 2 ** 63, 2 ** 64, -(2 ** 63) - 1]:
    print(str(x), repr(x), len(str(x)))
print(str(True), str(1 + True), repr(-1))
print(int(str(-(10 ** 30))) == -(10 ** 30))
print([1, -2, 3 ** 30], (2 ** 70,), {1: -1})
print(str(0b1111), str(0o777), str(0xdead_beef))
x = 1
for i in range(12):
    x = x * 10 + 9
    print(x, -x)
