d = {}
for c in "abcdefgh":
    d[c] = ord(c)
print(list(d))
for c in "bdf":
    del d[c]
print(list(d), len(d))
d["b"] = 0
d["a"] = -1
print(d)
for k in list(d):
    if d[k] > 100:
        del d[k]
print(d)
for i in range(50):
    d["k" + str(i)] = i
for i in range(50):
    if i % 7:
        del d["k" + str(i)]
print(d)
d.pop("a")
d["a"] = "again"
print(list(d)[-3:], len(d))
e = dict.fromkeys(range(5))
del e[0], e[4]
e[0] = e[4] = "x"
print(e)
