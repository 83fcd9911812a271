# dumps with every option: indent (int, str, 0, negative), separators, sort_keys, skipkeys,
# ensure_ascii, allow_nan, check_circular, default; dump writes CPython's chunks.
import json

data = {"name": "pyrite", "tags": ["a", "b"], "nested": {"x": 1, "y": [1, {"z": None}], "e": [], "f": {}},
        "n": 3, "f": 2.5, "ok": True, "no": False, "nil": None}
print(json.dumps(data))
for indent in [0, 1, 2, 4, -1, '', '\t', '--', None]:
    print(repr(indent))
    print(json.dumps(data, indent=indent))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, separators=(' , ', ' : '), indent=2))
print(json.dumps(data, indent=2, separators=(', ', ': ')))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=3))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
print(json.dumps({2: 'two', 10: 'ten', 1: 'one'}, sort_keys=True))
print(json.dumps([[], {}, [[]], [{}], {"a": []}], indent=2))
print(json.dumps((1, (2, 3), []), indent=1))
print(json.dumps([1, 2], indent=True))

# Keys: str, int, float, bool, None are coerced as CPython does; others refused or skipped.
keys = {1: 'int', 2.5: 'float', 1e20: 'big float', -0.0: 'neg zero', True: 'true',
        False: 'false', None: 'null', 'str': 's', 10**30: 'big int'}
print(json.dumps(keys))
print(json.dumps({float('inf'): 1, float('-inf'): 2, float('nan'): 3}))
print(json.dumps({(1, 2): 'tuple', 'k': 'v', frozenset(): 'fs'}, skipkeys=True))
print(json.dumps({(1, 2): 'tuple'}, skipkeys=True, indent=2))
for bad in [{(1, 2): 'x'}, {b'k': 1}, {object: 1}]:
    for indent in [None, 2]:
        try:
            json.dumps(bad, indent=indent)
        except TypeError as e:
            print('TypeError', e)
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps({'b': 2, 1: 'a', None: 3}, sort_keys=True, indent=1)
except TypeError as e:
    print('TypeError', e)

# allow_nan
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
for indent in [None, 2]:
    for v in [float('nan'), float('inf'), -float('inf')]:
        try:
            json.dumps([1, v], allow_nan=False, indent=indent)
        except ValueError as e:
            print('ValueError', e)
    try:
        json.dumps({float('nan'): 1}, allow_nan=False, indent=indent)
    except ValueError as e:
        print('ValueError', e)

# check_circular
a = [1]
a.append(a)
d = {}
d['self'] = d
for obj in [a, d, [d], {'x': [a]}]:
    for indent in [None, 2]:
        try:
            json.dumps(obj, indent=indent)
        except ValueError as e:
            print('ValueError', e)
shared = [1, 2]
print(json.dumps([shared, shared, {'s': shared}]))
class Loop:
    pass
loop = Loop()
try:
    json.dumps(loop, default=lambda o: [o])
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError')

# default
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2), {'p': Point(3, 4)}], default=lambda o: {'x': o.x, 'y': o.y}))
print(json.dumps({1, 2, 3} , default=sorted))
print(json.dumps(Point(1, 2), default=lambda o: Point(o.x, o.y) if o.x < 3 and not setattr(o, 'x', o.x + 1) else [o.x]))
for obj in [object(), {1, 2}, b'bytes', Point(1, 2), [1, type]]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print('TypeError', e)
try:
    json.dumps({'k': [1, {'deep': Point(0, 0)}]}, indent=2)
except TypeError as e:
    print('TypeError', e)

# dump writes the chunks CPython's Python encoder yields, in order; on an error, what was
# written before it stays written.
class Recorder:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
for kw in [{}, {'indent': 2}, {'sort_keys': True, 'separators': (',', ':')}]:
    r = Recorder()
    json.dump({"a": [1, "x", {"b": None}], "c": [], "d": {}, "e": 1.5}, r, **kw)
    print(r.chunks)
r = Recorder()
json.dump([1, [2, [3, "s"]], {"k": [True]}], r, indent='  ')
print(r.chunks)
r = Recorder()
try:
    json.dump([1, {"a": 2, "b": object()}, 3], r)
except TypeError as e:
    print('TypeError', e, r.chunks)
r = Recorder()
json.dump("just a string", r)
json.dump(42, r)
print(r.chunks)
r = Recorder()
json.dump([Point(1, 2)], r, default=lambda p: [p.x, p.y])
print(r.chunks)
