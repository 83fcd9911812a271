# object_hook, object_pairs_hook, parse_float, parse_int, parse_constant and cls.
import json
from collections import OrderedDict

doc = '{"b": 1, "a": [2.5, 3, {"x": NaN}], "c": {"d": Infinity, "e": -Infinity}}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda p: ('pairs', p)))
print(json.loads(doc, object_pairs_hook=OrderedDict))
# object_pairs_hook wins over object_hook.
print(json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads(doc, parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s,
                 parse_constant=lambda s: 'C' + s))
print(json.loads('[1.0, 2, 1e3, -0]', parse_float=str, parse_int=str))
print(json.loads('[1.0, 2]', parse_float=float, parse_int=int))

# The order in which hooks run: innermost objects first, values in document order.
seen = []
def hook(d):
    seen.append(sorted(d))
    return d
json.loads('{"outer": {"inner": {"x": 1}}, "second": {"y": 2}}', object_hook=hook)
print(seen)

# A hook's exception propagates unchanged.
def bad(d):
    raise KeyError('from hook')
try:
    json.loads('[{"a": 1}]', object_hook=bad)
except KeyError as e:
    print('KeyError', e)
try:
    json.loads('[1.5]', parse_float=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

# A JSONDecoder subclass given as cls, with extra keyword arguments.
class Decoder(json.JSONDecoder):
    def __init__(self, *, tag, **kw):
        super().__init__(**kw)
        self.tag = tag

    def decode(self, s):
        return (self.tag, super().decode(s))

print(json.loads('[1, {"a": 2}]', cls=Decoder, tag='T'))
print(json.loads('{"a": 2}', cls=Decoder, tag='U', object_hook=len))

class Raw(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ['raw', obj], end
print(Raw().decode('  [1]  '))

d = json.JSONDecoder(strict=False, parse_int=lambda s: int(s) * 10)
print(d.decode('{"a\tb": [1, 2]}'), d.strict, d.object_hook)
print(json.JSONDecoder().parse_float is float, json.JSONDecoder().parse_int is int)

# load reads from a file-like object.
import io
print(json.load(io.StringIO('{"from": "file", "n": [1, 2]}')))
print(json.load(io.BytesIO(b'[true, false]')))
print(json.load(io.StringIO('[1]'), parse_int=str))
d = json.JSONDecoder()
for s, i in [('[1]', 3), ('[1]', 10), ('é[1]', 1), ('é', 5), ('', 0)]:
    try:
        print(d.raw_decode(s, i))
    except json.JSONDecodeError as e:
        print(e)
