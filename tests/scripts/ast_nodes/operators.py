# BinOp, UnaryOp, BoolOp, Compare, IfExp and NamedExpr with every operator.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> 2, a | b, a ^ b, a & b)
x, y = 7.5, 2.0
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return M(self.v * other.v + 1)

    def __imatmul__(self, other):
        return M(self.v - other.v)

    def __repr__(self):
        return f"M({self.v})"


m = M(3) @ M(4)
print(m)
m @= M(1)
print(m)
print(-a, +a, ~a, not a, not 0, -x, +x)
print(a and b, 0 and b, a or b, 0 or b, None or 0 or "last", 1 and 2 and 3)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a is b, a is not b, 3 in [1, 2, 3], 4 not in [1, 2, 3], 1 < 2 < 3, 1 < 3 < 2)
print("yes" if a > b else "no", "yes" if a < b else "no")
if (n := len("walrus")) > 3:
    print("n is", n)
print([z for w in range(5) if (z := w * w) > 3], z)
