def count_paths(rows, cols, blocked):
    grid = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if (r, c) in blocked:
                grid[r][c] = 0
            elif r == 0 and c == 0:
                grid[r][c] = 1
            else:
                grid[r][c] = (grid[r - 1][c] if r else 0) + (grid[r][c - 1] if c else 0)
    return grid
g = count_paths(5, 6, {(1, 1), (2, 3), (3, 0)})
for row in g:
    print(" ".join(f"{v:3}" for v in row))
print(count_paths(18, 18, set())[-1][-1], count_paths(1, 1, set()))
def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = a[i] + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]
for a, b in [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "x"), ("same", "same")]:
    print(a, b, repr(lcs(a, b)))
