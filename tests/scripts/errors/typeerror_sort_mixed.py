# Ends with an uncaught TypeError
data = [3, 1, 2]
data.sort()
print(data)
words = ["b", "a"]
words.sort()
print(words)
mixed = [1, "a", 2]
print(mixed)
print(sorted(mixed, key=str))
mixed.sort()
