# Ends with an uncaught KeyError
s = {1, 2, 3}
s.remove(1)
print(s)
s.discard(99)
print(s)
s.add(99)
print(sorted(s))
s.remove(99)
print(sorted(s))
s.remove(42)
