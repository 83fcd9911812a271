# Assign, AugAssign, AnnAssign, Delete, For, While, If, Break, Continue, Pass, Expr, Assert,
# Raise, Try, ExceptHandler, With, withitem.
a = b = [1]
a += [2]
print(a, b, a is b)
n = 10
for op in range(12):
    if op == 0: n += 3
    elif op == 1: n -= 1
    elif op == 2: n *= 4
    elif op == 3: n //= 3
    elif op == 4: n %= 7
    elif op == 5: n **= 3
    elif op == 6: n <<= 2
    elif op == 7: n >>= 1
    elif op == 8: n |= 64
    elif op == 9: n ^= 5
    elif op == 10: n &= 0xFF
    else: n /= 4
print(n)
count: int = 0
label: str
print(__annotations__, count)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    pass
else:
    print("not reached")
print("stopped at", i)
while n > 1:
    n -= 10
else:
    print("while finished", n)
"a bare expression statement"
assert n < 1, "message"
try:
    assert n > 100, f"n is {n}"
except AssertionError as e:
    print("assert:", e)
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__))
else:
    print("no")
finally:
    print("finally")


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return exc[0] is ZeroDivisionError


with Ctx("a") as x, Ctx("b") as y:
    print(x, y)
with Ctx("c"):
    1 / 0
print("suppressed")
lst = [1, 2, 3]
del lst[0], a
print(lst)
