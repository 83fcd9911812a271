def walk(obj, path=()):
    if isinstance(obj, dict):
        for k in obj:
            yield from walk(obj[k], path + (k,))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from walk(v, path + (i,))
    else:
        yield path, obj
doc = {"name": "pyrite", "tags": ["rust", "python"], "meta": {"stars": 5, "owners": [{"id": 1}, {"id": 2}]}, "empty": {}}
for path, value in walk(doc):
    print(".".join(map(str, path)), "=", repr(value))
print(sum(v for _, v in walk(doc) if isinstance(v, int)))
print(max(len(p) for p, _ in walk(doc)))
def find_all(obj, key):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == key:
                yield v
            yield from find_all(v, key)
    elif isinstance(obj, list):
        for v in obj:
            yield from find_all(v, key)
print(list(find_all(doc, "id")), list(find_all(doc, "nope")), next(find_all(doc, "stars")))
def depth_counts(obj, d=0):
    yield d
    children = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, list) else []
    for c in children:
        yield from depth_counts(c, d + 1)
counts = {}
for d in depth_counts(doc):
    counts[d] = counts.get(d, 0) + 1
print(counts)
