def check(v):
    if not isinstance(v, int):
        raise TypeError("expected int", type(v).__name__)
    if v < 0:
        raise ValueError("negative value", v)
    return v
for v in [1, 2]:
    print(check(v))
try:
    check("s")
except TypeError as e:
    print("caught", e.args)
check(-7)
