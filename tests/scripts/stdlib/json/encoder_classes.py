# JSONEncoder/JSONDecoder subclasses given as cls, iterencode, separators and argument errors.
import json
d = json.JSONDecoder()
print(d.parse_constant == json.decoder._CONSTANTS.__getitem__)
print(json.loads('[NaN]', parse_constant=lambda s: s))
class E(json.JSONEncoder):
    def encode(self, o):
        return '<' + super().encode(o) + '>'
print(json.dumps([1], cls=E))
class I(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        yield 'X'
        yield from super().iterencode(o, _one_shot)
print(json.dumps([1, 2], cls=I))
import io
f = io.StringIO()
json.dump({'a': 1}, f, cls=I)
print(f.getvalue())
print(list(json.JSONEncoder(indent=2).iterencode({'a': [1]})))
print(list(json.JSONEncoder().iterencode({'a': [1]})))
print(json.JSONEncoder().iterencode({'a': [1]}, _one_shot=True))
print(json.dumps({'a': 1}, default=str, sort_keys=True, skipkeys=True, separators=[',', '=']))
e = json.JSONEncoder(separators=(';', '~'))
print(e.item_separator, e.key_separator, e.encode({'a': [1, 2]}))
try:
    json.dumps([1], separators=(1, 2))
except TypeError as x:
    print('TypeError', x)
try:
    json.dumps([1], indent=1.5)
except TypeError as x:
    print('TypeError', x)
try:
    json.dumps([1], foo=1)
except TypeError as x:
    print('TypeError', x)
try:
    json.loads('[1]', foo=1)
except TypeError as x:
    print('TypeError', x)
print(json.dumps({'x': {1, 2}}, default=list, indent=None))
print(json.__all__, json.__version__)
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: type(d).__name__))
print(json.dumps([1.0, 1e100, 1.5e-7, -0.0, 100.0]))
print(json.loads('"\\ud83d\\ude00\\u00e9"') == '😀é')
