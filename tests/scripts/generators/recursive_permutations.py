def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p
print(list(permutations([1, 2, 3])))
print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(5)))))
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest
print(list(combinations("abcd", 2)))
print(list(combinations([1, 2, 3], 0)), list(combinations([1], 2)))
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def product(*pools):
    if not pools:
        yield ()
        return
    for x in pools[0]:
        for rest in product(*pools[1:]):
            yield (x,) + rest
print(list(product("ab", [0, 1])))
print(len(list(product(range(3), range(3), range(2)))))
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest
print(list(partitions(5)))
def hanoi(n, src="A", dst="C", via="B"):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)
print(list(hanoi(3)))
