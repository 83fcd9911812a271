MISSING = object()
def get(d, key, default=MISSING):
    if key in d:
        return d[key]
    if default is MISSING:
        raise KeyError(key)
    return default
d = {"a": None}
print(get(d, "a"), get(d, "b", None), get(d, "b", 0))
try:
    get(d, "b")
except KeyError as e:
    print("KeyError", e)
o1, o2 = object(), object()
print(o1 == o2, o1 is o2, o1 == o1, o1 != o2, type(o1).__name__, type(o1) is object)
print(len({o1, o2, o1}), hash(o1) == hash(o1), bool(o1))
try:
    o1.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    o1 < o2
except TypeError as e:
    print("TypeError:", e)
class _Sentinel:
    def __repr__(self):
        return "<END>"
END = _Sentinel()
def chunks(it):
    it = iter(it)
    while True:
        x = next(it, END)
        if x is END:
            return
        yield x
print(list(chunks([1, None, 0, False])), END, [END])
def first(seq, pred, default=MISSING):
    for x in seq:
        if pred(x):
            return x
    return "nothing" if default is MISSING else default
print(first([1, 2, 3], lambda x: x > 1), first([], bool), first([], bool, None))
print(str(o1).startswith("<object object at "), isinstance(o1, object))
