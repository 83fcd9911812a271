vals = [1]
[v for v in valss]
