t = (0, 1, 2, 3, 4, 5)
for step in [None, 1, 2, 3, -1, -2, -4]:
    row = []
    for start in [None, 0, 2, -2, 10, -10]:
        for stop in [None, 0, 4, -1, 10, -10]:
            row.append(len(t[start:stop:step]))
    print(step, row)
print(t[::-1], t[-1:-7:-1], t[-1:-8:-1], t[5:-7:-1])
print(t[2:2], t[4:2], t[4:2:-1], t[-3:], t[:-3])
s = "012345"
print(s[1::2], s[-2::-2], s[:1:-2], s[::6], s[::7], s[5::-5])
l = list(t)
print(l[1:-1][::-1][1:], l[::2][::-1], l[::-1][::2])
