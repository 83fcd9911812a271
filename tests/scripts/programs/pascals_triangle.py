def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows
tri = pascal(12)
width = len(" ".join(map(str, tri[-1])))
for row in tri:
    print(" ".join(map(str, row)).center(width).rstrip())
print([sum(r) for r in tri])
print(pascal(40)[-1][19], len(pascal(1)), pascal(2))
for r in pascal(8):
    print("".join("#" if v % 2 else "." for v in r).center(8))
big = pascal(70)[-1]
print(max(big), big.index(max(big)), sum(big) == 2 ** 69)
