# Ends with an uncaught IndentationError
pairs = [(1, 2), (3, 4)]
for a, b in pairs:
    print(a + b)
pairs.append((5, 6, 7))
print(pairs)
print(len(pairs[-1]))
for a, b in pairs:
print("checkpoint 1")
    print(a, b)
