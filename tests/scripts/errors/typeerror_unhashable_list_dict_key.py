# Ends with an uncaught TypeError
d = {}
d[(1, 2)] = "tuple ok"
d["s"] = "str ok"
d[3] = "int ok"
print(d)
print(hash((1, 2)) == hash((1, 2)))
key = [1, 2]
print(tuple(key) in d)
d[key] = "list not ok"
