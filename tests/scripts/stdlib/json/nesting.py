# Deep nesting: CPython's RecursionError in both directions, never a crash.
import json

for n in [10, 500]:
    print(n, json.loads('[' * n + ']' * n) is not None, len(json.dumps(json.loads('[' * n + ']' * n))))
for doc in ['[' * 100000 + ']' * 100000, '{"a":' * 100000 + '1' + '}' * 100000, '[' * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print('RecursionError', e)

x = []
y = x
for i in range(3000):
    y.append([])
    y = y[0]
d = {}
z = d
for i in range(3000):
    z['a'] = {}
    z = z['a']
for obj in [x, d]:
    try:
        json.dumps(obj)
    except RecursionError as e:
        print('RecursionError', e)
    try:
        json.dumps(obj, indent=1)
    except RecursionError:
        print('RecursionError (indent)')

class Wrap:
    pass
try:
    json.dumps(Wrap(), default=lambda o: [Wrap()], check_circular=False)
except RecursionError:
    print('RecursionError (default)')
print('still alive', json.dumps([[[[1]]]]))
