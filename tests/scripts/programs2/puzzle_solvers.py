def solve_n_queens(n):
    solutions = []
    cols = [0] * n

    def safe(row, col):
        for r in range(row):
            c = cols[r]
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for col in range(n):
            if safe(row, col):
                cols[row] = col
                place(row + 1)

    place(0)
    return solutions


def show_board(cols):
    n = len(cols)
    return "\n".join(" ".join("Q" if c == col else "." for c in range(n)) for col in cols)


for n in range(1, 9):
    print(f"{n}-queens: {len(solve_n_queens(n))} solutions")
first = solve_n_queens(6)[0]
print(first)
print(show_board(first))


class Sudoku:
    def __init__(self, text):
        digits = [c for c in text if c.isdigit() or c == "."]
        if len(digits) != 81:
            raise ValueError(f"expected 81 cells, got {len(digits)}")
        self.grid = [[0 if c == "." else int(c) for c in digits[r * 9:r * 9 + 9]] for r in range(9)]
        self.guesses = 0

    def candidates(self, r, c):
        used = set(self.grid[r])
        used.update(self.grid[i][c] for i in range(9))
        br, bc = 3 * (r // 3), 3 * (c // 3)
        used.update(self.grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3))
        return [d for d in range(1, 10) if d not in used]

    def solve(self):
        best = None
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    cands = self.candidates(r, c)
                    if best is None or len(cands) < len(best[2]):
                        best = (r, c, cands)
        if best is None:
            return True
        r, c, cands = best
        for d in cands:
            self.guesses += 1
            self.grid[r][c] = d
            if self.solve():
                return True
        self.grid[r][c] = 0
        return False

    def __str__(self):
        lines = []
        for r, row in enumerate(self.grid):
            if r and r % 3 == 0:
                lines.append("------+-------+------")
            chunks = [" ".join(str(v or ".") for v in row[i:i + 3]) for i in (0, 3, 6)]
            lines.append(" | ".join(chunks))
        return "\n".join(lines)


puzzle = Sudoku("""
53..7.... 6..195... .98....6.
8...6...3 4..8.3..1 7...2...6
.6....28. ...419..5 ....8..79
""")
print(puzzle)
print("solved:", puzzle.solve(), "after", puzzle.guesses, "guesses")
print(puzzle)
print(all(sorted(row) == list(range(1, 10)) for row in puzzle.grid))
try:
    Sudoku("123")
except ValueError as e:
    print("ValueError:", e)
