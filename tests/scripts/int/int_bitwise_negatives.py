vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 2 ** 64, -(2 ** 64)]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x0F, a ^ -1)
for a, b in [(-5, 3), (-5, -3), (12, -7), (-(2 ** 70), 2 ** 70 - 1), (2 ** 65 + 3, -(2 ** 64))]:
    print(a, b, a & b, a | b, a ^ b)
print(~True, ~False, True & 3, True | 2, True ^ True)
print(type(True & True), type(True & 1), True & False)
x = 0b1011_0110
print(x & -x, x ^ (x >> 1), bin(x | (x - 1)))
print(-1 & (2 ** 100 - 1) == 2 ** 100 - 1)
