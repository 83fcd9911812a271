def count(start=0, step=1):
    while True:
        yield start
        start += step
def islice(it, start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
def accumulate(it, fn=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = fn(total, x)
        yield total
def repeat(x, n=None):
    if n is None:
        while True:
            yield x
    for _ in range(n):
        yield x
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)
print(list(islice(count(10, 5), 4)), list(islice(count(), 2, 10, 3)))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=7)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(repeat("ab", 3)), list(islice(repeat(0), 3)), list(pairwise("abcd")), list(pairwise([1])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(islice(count(1.5, 0.5), 4)), list(takewhile(str.isalpha, "abc1de")))
