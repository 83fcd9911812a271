nums = list(range(-10, 11))
print([n for n in nums if n > 0 and n % 2 == 0], [n for n in nums if not n % 5])
print([n for n in nums if -3 < n < 3], [n for n in nums if n in (-10, 0, 10, 11)])
words = ["Apple", "banana", "Cherry", "date", "Elderberry", "fig", "Grape"]
print([w for w in words if w[0].isupper()], [w.lower() for w in words if len(w) > 4])
print([w for w in words if any(c in "xyz" for c in w)], [w for w in words if "e" in w.lower()])
print([(w, i) for i, w in enumerate(words) if i % 2 == 0 and w[0] not in "AE"])
print([n for n in range(2, 60) if all(n % d != 0 for d in range(2, int(n ** 0.5) + 1))])
print([t for t in [(1, 2), (3, 3), (5, 4)] if t[0] < t[1]], [a for a, b in [(1, 2), (3, 3)] if a == b])
print([s for s in ["", " ", "x", None, "y"] if s and s.strip()])
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
print([x for x in [1, 2, 3, 4, 5, 6] if (lambda v: v % 3)(x)], [(x, x % 4) for x in range(8) if x % 4 != 2])
