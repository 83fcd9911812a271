# The depth at which each json entry point first raises RecursionError is CPython's.
import json
def first_fail(f):
    for n in range(988, 1000):
        try:
            f(n)
        except RecursionError:
            return n
print('loads list', first_fail(lambda n: json.loads('[' * n + ']' * n)))
print('loads dict', first_fail(lambda n: json.loads('{"a":' * n + '1' + '}' * n)))
def nest(n):
    x = []
    for i in range(n): x = [x]
    return x
print('dumps', first_fail(lambda n: json.dumps(nest(n))))
def g():
    return first_fail(lambda n: json.dumps(nest(n)))
print('dumps in function', g())
enc = json.JSONEncoder()
print('enc.encode', first_fail(lambda n: enc.encode(nest(n))))
print('iterencode', first_fail(lambda n: enc.iterencode(nest(n), True)))
dec = json.JSONDecoder()
print('raw_decode', first_fail(lambda n: dec.raw_decode('[' * n + ']' * n)))
def nestd(n):
    x = {}
    for i in range(n): x = {'a': x}
    return x
import io
print('indent list', first_fail(lambda n: json.dumps(nest(n), indent=1)))
print('indent dict', first_fail(lambda n: json.dumps(nestd(n), indent=1)))
print('dump list', first_fail(lambda n: json.dump(nest(n), io.StringIO())))
