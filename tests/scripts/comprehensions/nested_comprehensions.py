m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row if x % 2], [[x * 2 for x in row if x > 3] for row in m])
print([[r * 3 + c for c in range(3)] for r in range(3)] == m or "shifted")
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])
print([[c for c in w] for w in ["ab", "c", ""]], [[len(w) for w in line.split()] for line in ["a bb", "ccc d e"]])
print({i: {j for j in range(i)} for i in range(4)})
flat = [item for sub in [[1, [2]], [3], []] for item in sub]
print(flat)
tri = [[1] * (i + 1) for i in range(4)]
print(tri)
ident = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in ident:
    print(row)
print([sum(row) for row in zip(*m)], [max(col) for col in zip(*m)])
print(sorted([(x, y) for x in "ba" for y in "dc"]), [x + y for x in ["a", "b"] for y in [x, x * 2]])
