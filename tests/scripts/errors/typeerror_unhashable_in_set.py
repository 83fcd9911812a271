# Ends with an uncaught TypeError
s = {1, 2}
s.add((3, 4))
print(sorted(s, key=str))
s.add(frozenset([5]))
print(len(s))
print((3, 4) in s)
print([3, 4] in [[3, 4]])
print("adding a list to a set")
s.add([5, 6])
