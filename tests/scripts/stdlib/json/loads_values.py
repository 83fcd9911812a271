# Numbers, strings, constants and big documents as CPython's scanner reads them.
import json

for doc in ['0', '-0', '-0.0', '1', '-1', '123456789012345678', '1234567890123456789',
            '-9223372036854775808', '99999999999999999999999999', '1.5', '-2.25e-3', '1E10',
            '1e+2', '1e-2', '0.1', '3.141592653589793', '1e400', '-1e400', '1e-400',
            '2.5e308', '123.456e-7', '5e-324', '17976931348623157e292', 'NaN', 'Infinity',
            '-Infinity', 'true', 'false', 'null']:
    v = json.loads(doc)
    print(doc, type(v).__name__, repr(v))

# Strings and escapes.
for doc in [r'"plain"', r'"\"quoted\""', r'"back\\slash"', r'"\/"', r'"\b\f\n\r\t"',
            r'"\u0041\u00e9\u4e2d"', r'"\ud83d\ude00"', r'"\uD83D\uDE00"', '"é中😀"',
            r'"mixed é \u00e9 😀 \ud83d\ude00"', '""', r'"\u0000"', r'"a\u0000b"']:
    print(repr(json.loads(doc)))

# Containers, whitespace, duplicate keys (the last value wins, in the first key's place).
print(json.loads(' \t\n\r[ 1 ,\n 2 ] \r\n'))
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads('{"": {"": []}}'))
print(json.loads('[[[[[]]]], {}, [{}], {"x": [{"y": {}}]}]'))
print(json.loads('{"a":1,"b":[1,2,{"c":null}],"d":"e"}'))

# Ints past 4300 digits are refused as int() refuses them.
print(len(str(json.loads('9' * 4300))))
try:
    json.loads('[' + '1' * 4301 + ']')
except ValueError as e:
    print(type(e).__name__, e)

# bytes and bytearray in UTF-8, UTF-16 and UTF-32, with and without BOMs.
text = '{"k": ["é", 1, "中"]}'
print(json.loads(b'\xef\xbb\xbf' + text.encode()))
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    b = text.encode(enc)
    print(enc, json.loads(b), json.loads(bytearray(b)))
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\x00{'), json.detect_encoding(b'{\x00'))
try:
    json.loads('\ufeff{}')
except json.JSONDecodeError as e:
    print(e)

# A larger document round-trips.
records = [{"id": i, "name": f"user{i}", "score": i * 1.25, "tags": ["a", "b"][: i % 3],
            "nested": {"ok": i % 2 == 0, "none": None}} for i in range(200)]
s = json.dumps(records)
back = json.loads(s)
print(back == records, len(s), back[7])
print(json.loads(json.dumps(records, indent=4)) == records)
