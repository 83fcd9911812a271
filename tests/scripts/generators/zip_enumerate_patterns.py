names = ["ann", "bob", "cy"]
scores = [90, 75, 88, 100]
print(list(zip(names, scores)))
print(dict(zip(names, scores)))
pairs = list(zip(names, scores))
n2, s2 = zip(*pairs)
print(n2, s2)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(f"{i}. {n:<4}{s:>4}")
print(list(enumerate("abc", -1)), list(enumerate(range(3), start=100)))
def zip_longest(*its, fill=None):
    iters = [iter(i) for i in its]
    while True:
        row = []
        alive = 0
        for it in iters:
            v = next(it, StopIteration)
            if v is StopIteration:
                row.append(fill)
            else:
                alive += 1
                row.append(v)
        if not alive:
            return
        yield tuple(row)
print(list(zip_longest("ab", [1, 2, 3], fill="-")))
print(list(zip_longest()))
print(list(zip(range(3), range(10, 13), "xyz")))
it = iter(range(6))
print(list(zip(it, it)))
print(list(zip(*[iter("abcdefg")] * 3)))
print(sorted(zip(scores, names), reverse=True))
keys = ["a", "b"]
print({k: v for k, v in zip(keys, map(len, ["xx", "yyy"]))})
print(list(map(pow, [2, 3], [5, 2])), list(map(str.upper, "ab")))
print(list(filter(str.isdigit, "a1b22c")), list(filter(lambda x: x, [0, None, [], 3])))
