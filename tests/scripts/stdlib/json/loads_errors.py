# Every JSONDecodeError of the scanner, with its message, position, line and column.
import json

cases = [
    '"\\u12"', '"\\u12', '"\\u0041', '"\\uzz00"', '"\\ud800\\u12"',
    '"\\ud800\\uzzzzabc"', '"\\x"', '"\\', '"abc', '"a\nb"', '"\x00"', '"\x1f"',
    '[1,]', '{"a":1,}', '{', '[', '[1', '{"a"', '{"a":', '{"a" 1}', '{1:2}',
    '-', '-x', '1.', '1.e5', '1e', '1e+', '1e-', '01', '00', '-01', 'nul', 'tru', 'fals',
    '-Inf', 'Infinit', 'NaNa', ' ', '', '\t\n\r ', '[1 2]', '1 2', '[]]', '{}}',
    '{"a":1 "b"}', '["a", tru]', '[1, 2,, 3]', "{'a': 1}", '[-]', '[.5]', '[+1]',
    'é', '"é\\x"', '["é", "ü" x]', '\n\n  [1,\n   2,\n   x]', '{"a": [1, {"b": }]}',
    '"\\ud800\\u0041x', '[1]\n\n  extra', '"a\tb"', 'true false', '1e5x', '[1e400, -1e400]',
    '\ufeff[1]', '[\ufeff1]',
]
for c in cases:
    try:
        r = json.loads(c)
        print(repr(c), '->', repr(r))
    except json.JSONDecodeError as e:
        print(repr(c), '!', e.msg, '|', e.pos, e.lineno, e.colno, '|', e)
        assert e.doc is c or e.doc == c
        assert isinstance(e, ValueError)

# strict=False lets control characters through.
print(repr(json.loads('"a\nb\x00c"', strict=False)))
print(repr(json.loads('{"k\tx": "v\x1f"}', strict=False)))

# The error object.
try:
    json.loads('[1, 2, }')
except ValueError as e:
    print(type(e).__name__, type(e).__module__, e.args)
    print(e.__reduce__()[1])
e = json.JSONDecodeError('Boom', 'ab\ncd\nef', 7)
print(e, e.lineno, e.colno)
print(json.JSONDecodeError.__mro__)

# Non-str input.
for bad in [None, 1, 1.5, [1], {'a': 1}]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(e)

# raw_decode does not skip leading whitespace and returns the end index.
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1} tail'))
print(d.raw_decode('[1, 2]x'))
print(d.raw_decode('"é" tail'))
print(d.raw_decode('xx12', 2))
try:
    d.raw_decode(' 1')
except json.JSONDecodeError as e:
    print(e)
print(d.decode('  [1, 2]  \n'))

# A whole document failing at the end (uncaught: the harness compares this line).
json.loads('{"a": 1, "b": [true, false, null], "c": "x"} ,')
