def minmax(seq):
    return min(seq), max(seq)
def stats(seq):
    n = len(seq)
    mean = sum(seq) / n
    return n, mean, (min(seq), max(seq))
print(minmax([3, 1, 4, 1, 5]), type(minmax([1])))
lo, hi = minmax("hello")
print(lo, hi)
n, mean, (lo, hi) = stats([2, 4, 6, 8])
print(n, mean, lo, hi)
def divmods(a, b):
    return a // b, a % b, divmod(a, b)
for a, b in [(17, 5), (-17, 5), (17, -5)]:
    print(divmods(a, b))
pairs = [(i, i * i) for i in range(5)]
for i, sq in pairs:
    print(i, sq, end="; ")
print()
print(list(zip(*pairs)), tuple(zip(*pairs))[1])
def swap(t):
    return t[1], t[0]
print(swap((1, 2)), swap(("a", ("b", "c"))))
print(tuple(sorted(pairs, key=lambda p: -p[1])[:2]))
