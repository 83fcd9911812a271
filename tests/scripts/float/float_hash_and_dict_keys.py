d = {}
d[1] = "int one"
d[1.0] = "float one"
d[0.5] = "half"
d[-0.0] = "neg zero"
d[0] = "zero"
print(d, len(d))
print(d[True], d[0.0], d[False], d[1 / 2])
print({0.1 + 0.2: "a", 0.3: "b"}, len({0.1 + 0.2, 0.3}))
print({2 ** 53: "int", float(2 ** 53): "float", 2 ** 53 + 1: "int+1"})
print(hash(0.5) == hash(1 / 2), hash(1e300) == hash(1e300), hash(2.0 ** 70) == hash(2 ** 70))
print(sorted({3.5: 1, 1.25: 2, -7.0: 3}), {1.5, 1.5, 2.5})
vals = [1, 1.0, True, 2, 2.0, 0.5, 1 / 2]
uniq = []
seen = set()
for v in vals:
    if v not in seen:
        seen.add(v)
        uniq.append(v)
print(uniq, len(seen))
print({1e16: "a", 1e16 + 1: "b"}, {10 ** 16: "int", 1e16: "float"})
