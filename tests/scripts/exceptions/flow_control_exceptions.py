class Found(Exception):
    def __init__(self, where):
        self.where = where
grid = [[0, 1, 0], [0, 0, 7], [7, 0, 0]]
try:
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == 7:
                raise Found((r, c))
    print("not found")
except Found as f:
    print("found at", f.where)
def parse_all(tokens):
    good, bad = [], []
    for t in tokens:
        try:
            good.append(int(t))
        except ValueError:
            try:
                good.append(float(t))
            except ValueError:
                bad.append(t)
    return good, bad
print(parse_all(["1", "2.5", "x", "-3", "1e3", "nan?", ""]))
def safe_div(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a / b)
        except ZeroDivisionError:
            out.append(float("inf") if a > 0 else float("-inf") if a < 0 else None)
        except TypeError as e:
            out.append(type(e).__name__)
    return out
print(safe_div([(1, 2), (3, 0), (-1, 0), (0, 0), ("a", 1)]))
data = {"a": 1, "b": 2}
total = 0
for k in "abcab":
    try:
        total += data[k]
    except KeyError:
        data[k] = 10
        total += 100
print(total, data)
def first_int(xs):
    it = iter(xs)
    while True:
        try:
            x = next(it)
        except StopIteration:
            return None
        try:
            return int(x)
        except (ValueError, TypeError):
            continue
print(first_int(["a", None, "7", 8]), first_int([]), first_int(["q"]))
count = 0
while True:
    try:
        count += 1
        if count == 5:
            raise StopIteration
    except StopIteration:
        break
print("stopped at", count)
