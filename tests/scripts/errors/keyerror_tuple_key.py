# Ends with an uncaught KeyError
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(0, 0)], grid[1, 2])
print((2, 1) in grid)
print(grid.get((2, 1), "missing"))
for k, v in grid.items():
    print(k, v)
print(len(grid))
print(sorted(grid))
print(grid[2, 1])
