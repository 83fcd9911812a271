s = "python"
print(repr(s[10:]), repr(s[:100]), repr(s[-100:]), repr(s[-100:-50]), repr(s[50:100]))
print(repr(s[3:1]), repr(s[6:]), repr(s[:0]), repr(s[0:0]), repr(s[-1:]))
for a in [-8, -6, -1, 0, 3, 6, 8]:
    row = []
    for b in [-8, -6, -1, 0, 3, 6, 8, None]:
        row.append(s[a:b])
    print(a, row)
print(s[None:None], s[None:3], s[3:None], s[::None])
print(s[1:5:2], s[0:6:5], s[0:6:6], s[5:6:100])
print(s[2 ** 70:], s[:2 ** 70], s[-(2 ** 70):2])
