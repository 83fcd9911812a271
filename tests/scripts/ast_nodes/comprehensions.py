# ListComp, SetComp, DictComp and GeneratorExp, with several `for` and `if` clauses.
print([x * y for x in range(4) for y in range(x) if (x + y) % 2])
print(sorted({c.upper() for c in "mississippi"}))
print({k: v for k, v in zip("abc", range(3)) if v != 1})
g = (n * n for n in range(5))
print(type(g).__name__, next(g), list(g))
print(sum(i for i in range(101)), max((len(w), w) for w in "a bb ccc".split()))
print([[j for j in range(i)] for i in range(4)])
