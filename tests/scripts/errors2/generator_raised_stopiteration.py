def first_items(iterables):
    for it in iterables:
        i = iter(it)
        yield next(i)
print(list(first_items([[1, 2], "ab", (9,)])))
g = first_items([[5], [], [6]])
print(next(g))
print(next(g))
