s = "abcdefghij"
print(s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-4:-1])
print(repr(s[2:8:-1]), s[-1::-1], s[:-11:-1], s[5::-1], s[:5:-1])
print(s[100::-1], s[-100::-1] or 'EMPTY', s[:100:-1] or 'EMPTY', s[:-100:-1])
for step in [-1, -2, -3, -4, -9, -10, -11]:
    print(step, s[::step], s[7::step], s[:2:step])
u = "αβγδε🙂"
print(u[::-1], u[::-2], u[-2::-2], u[4:0:-1])
print(s[-3:-1], s[-1:-3], repr(s[-1:-3]), s[3:-3], s[-8:8])
print(s[9:0:-1], s[9:-11:-1], s[-2:-9:-2], repr(s[0:9:-1]))
print("".join([s[i] for i in range(9, -1, -3)]), s[9::-3])
