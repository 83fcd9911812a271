vals = [0, 1, 2, 5, -1, -6, 255]
for a in vals:
    print(a, [a & b for b in vals], [a | b for b in vals])
for a in vals:
    print(a, [a ^ b for b in vals])
print([x << 2 for x in vals], [x >> 1 for x in vals])
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0xAA, ~0xFF, -0x80 & 0xFF)
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(flags, bin(flags), [b for b in range(8) if flags & (1 << b)])
flags &= ~(1 << 3)
print(flags, bin(flags), flags ^ 0b111111)
