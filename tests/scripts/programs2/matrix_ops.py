class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("matrix rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[f"{v:g}" if isinstance(v, float) else str(v) for v in row] for row in self.rows]
        width = max(len(c) for row in cells for c in row)
        return "\n".join("[" + " ".join(c.rjust(width) for c in row) + "]" for row in cells)

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def _check_same(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")

    def __add__(self, other):
        self._check_same(other)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[v * k for v in row] for row in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant needs a square matrix")
        if n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(n):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]]) if n > 1 else None
            total += (-1) ** j * self.rows[0][j] * minor.determinant()
        return total


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(a - b)
print(a @ b)
print(2 * a == a * 2, a * 0.5)
print(a.transpose(), a.shape, repr(b))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) =", fib[0, 1])
m3 = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print("det =", m3.determinant(), "det(I4) =", Matrix.identity(4).determinant())
z = Matrix.zeros(2, 3)
z[1, 2] = 7
print(z)
print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]))
for bad in [lambda: a + z, lambda: a @ z.transpose(), lambda: Matrix([[1], [1, 2]]), lambda: z.determinant(), lambda: a * b]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
