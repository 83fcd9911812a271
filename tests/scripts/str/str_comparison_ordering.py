words = ["apple", "Apple", "APPLE", "apples", "app", "", " ", "banana", "Zebra", "zebra", "éclair", "eclair", "10", "9", "_x"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True)[:5])
print(min(words), max(words), min(words, key=len), max(words, key=len))
pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("ab", "a"), ("A", "a"), ("é", "f"), ("🙂", "é"), ("\x00", "")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a == b, a != b)
print("abc" < "abd" < "abe", "a" * 3 == "aaa", "Ab" < "aB", "a" < "ab" < "b")
