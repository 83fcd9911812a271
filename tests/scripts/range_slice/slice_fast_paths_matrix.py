a = list(range(10))
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, -2), slice(5, 2), slice(-100, 100), slice(None, None, -1), slice(5, None, -1), slice(None, 5, -1), slice(-1, -100, -1), slice(100, -100, -1), slice(3, 3, -1), slice(0, 0), slice(-1, None, -1), slice(None, -11, -1), slice(2, -11, -1)]:
    print(s, a[s], "abcdefghij"[s], tuple(a)[s], s.indices(10))
b = list(range(10)); b[2:5] = [9, 9, 9]; print(b)
b[:3] = b[2::-1]; print(b)
b[1:1] = [7]; print(b)
b[::-1] = list(range(11)); print(b)
print(range(10)[2:8], range(10)[::-1], range(10)[-3:])
