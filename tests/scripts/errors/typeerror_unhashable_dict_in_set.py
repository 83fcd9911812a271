# Ends with an uncaught TypeError
items = [{"a": 1}, {"b": 2}]
print(items)
print(len(items))
print([len(d) for d in items])
seen = set()
for d in items:
    seen.add(tuple(sorted(d.items())))
print(sorted(seen))
print({1, 2} == {2, 1})
print(set(items))
