d = {-1: "neg", 0: "zero", 2 ** 64: "big", 10 ** 20: "bigger", 1.5: "float", (1, 2): "tuple", "s": "str", None: "none", True: "true"}
print(d)
print(d[1], d[1.0], d[2 ** 64], d[18446744073709551616.0], d[-1], d[None])
print(len(d), 1 in d, 2 in d, False in d, 0.0 in d)
keys = list(d)
print(keys[0], keys[-1], type(keys[-1]))
sq = {}
for i in range(-3, 4):
    sq[i * i] = sq.get(i * i, []) + [i]
print(sq)
print({x % 4: x for x in range(10)})
print({str(i): i for i in range(3)}, {i: str(i) for i in range(3)})
codes = {chr(c): c for c in range(ord("a"), ord("f"))}
print(codes, {v: k for k, v in codes.items()}[99])
print(dict(sorted({3: 1, 1: 3, 2: 2}.items())), dict(sorted({3: 1, 1: 3, 2: 2}.items(), key=lambda kv: kv[1])))
mixed = {b"k": 1, "k": 2, 1: 3, (b"t", 1): 4, bytearray(b"v").decode(): 5}
print(mixed, mixed[b"k"], mixed["k"], mixed[(b"t", 1)], b"k" in mixed, b"missing" in mixed)
