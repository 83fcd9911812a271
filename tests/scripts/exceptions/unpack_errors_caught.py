cases = [
    lambda: [(a, b) for a, b in [(1, 2, 3)]],
    lambda: [(a, b) for a, b in [(1,)]],
    lambda: [(a, b, c) for a, b, c in ["ab"]],
    lambda: [(a, b) for a, b in [5]],
    lambda: [(a, b, r) for a, b, *r in [[1]]],
    lambda: [(a, b) for a, (b,) in [(1, (2, 3))]],
    lambda: [(a, b) for a, b in [{"x": 1, "y": 2}]],
    lambda: [(a, b) for a, b in [{"x": 1}]],
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except (ValueError, TypeError) as e:
        print(i, type(e).__name__ + ":", e)
def unpack(seq):
    try:
        x, y = seq
        return x, y
    except ValueError as e:
        return str(e)
print(unpack([1, 2]), unpack([]), unpack("abc"), unpack(range(10)))
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = iter([1, 2, 3])
except ValueError as e:
    print("ValueError:", e)
