print({x: x * x for x in range(5)}, {c: ord(c) for c in "abc"}, {k: v for k, v in []})
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words}, {w: len(w) for w in words if len(w) > 3})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({x % 3: x for x in range(10)}, {i: [j for j in range(i)] for i in range(4)})
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
print({k.upper(): v * 2 for k, v in zip("xyz", range(3))}, dict((k, 0) for k in "ab"))
counts = {ch: "mississippi".count(ch) for ch in "mississippi"}
print(counts, {k: v for k, v in sorted(counts.items(), key=lambda kv: -kv[1])})
print({str(n): n ** 0.5 for n in [1, 4, 9, 2]})
nested = {outer: {inner: outer * inner for inner in range(2)} for outer in range(3)}
print(nested, nested[2][1])
print({x: ("even" if x % 2 == 0 else "odd") for x in range(4)})
