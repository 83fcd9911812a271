def inv(x):
    return 1 / x
try:
    r = [inv(x) for x in [1, 2, 0, 4]]
except ZeroDivisionError as e:
    print("list comp raised", e)
try:
    d = {k: int(v) for k, v in [("a", "1"), ("b", "two")]}
except ValueError as e:
    print("dict comp raised", e)
try:
    s = {x["k"] for x in [{"k": 1}, {}]}
except KeyError as e:
    print("set comp raised", repr(e))
g = (inv(x) for x in [2, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print("genexp raised lazily")
def safe(f, x, default=None):
    try:
        return f(x)
    except Exception as e:
        return type(e).__name__
print([safe(inv, x) for x in [1, 0, "a", 4]])
print({x: safe(int, x) for x in ["3", "x", "4.5"]})
vals = []
try:
    vals = [y for x in [[1, 2], None, [3]] for y in x]
except TypeError as e:
    print("nested comp:", e)
print(vals)
try:
    [x for x in 5]
except TypeError as e:
    print("TypeError:", e)
try:
    print(sum(1 / (x - 2) for x in range(4)))
except ZeroDivisionError as e:
    print("sum of genexp:", e)
try:
    print(max(x for x in []))
except ValueError as e:
    print("ValueError:", e)
print([x for x in range(5) if safe(inv, x - 3) != "ZeroDivisionError"])
