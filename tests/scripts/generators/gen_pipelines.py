def read_lines(text):
    for line in text.split("\n"):
        print("  read:", repr(line))
        yield line
def strip_comments(lines):
    for line in lines:
        if not line.strip().startswith("#"):
            yield line
def non_empty(lines):
    return (l for l in lines if l.strip())
def parse(lines):
    for l in lines:
        key, _, value = l.partition("=")
        yield key.strip(), value.strip()
text = "a = 1\n# comment\n\nb = two\n  c=3  \n"
pipeline = parse(non_empty(strip_comments(read_lines(text))))
print("pipeline built")
print(next(pipeline))
print("rest:", dict(pipeline))
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
squares = (x * x for x in numbers())
odd_squares = (s for s in squares if s % 2)
print(list(take(6, odd_squares)))
print(next(odd_squares), next(squares))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(take(5, numbers()))))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefg", 3)), list(batched([], 2)))
