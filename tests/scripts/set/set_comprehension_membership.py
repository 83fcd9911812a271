sq = {x * x for x in range(-5, 6)}
print(sq, len(sq), 16 in sq, 15 in sq)
mods = {x % 7 for x in range(100)}
print(mods)
words = ["apple", "Apple", "APPLE", "banana", "Banana"]
print({w.lower() for w in words}, sorted({len(w) for w in words}))
seen = set()
dups = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(seen, dups, sorted(set(dups)))
print(set(range(5)) - {x for x in range(5) if x % 2})
print({c for c in "abracadabra" if c not in "abc"})
vowels = set("aeiou")
print([w for w in ["sky", "tree", "rhythm", "aeon"] if not vowels & set(w)])
print(sum({1, 2, 3, 2, 1}), max({-5, 3}), min(frozenset({4, 2})), sorted({3, 1, 2}, reverse=True))
print(len({(x, y) for x in range(3) for y in range(3) if x != y}))
