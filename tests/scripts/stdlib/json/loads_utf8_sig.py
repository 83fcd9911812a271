# JSON files saved with a byte order mark: decode with utf-8-sig first.
import json

raw = b'\xef\xbb\xbf{"name": "caf\xc3\xa9", "n": [1, 2]}'
print(json.loads(raw.decode('utf-8-sig')))
print(json.loads(b'\xef\xbb\xbf{}'.decode('utf-8-sig')))
try:
    json.loads(raw.decode('utf-8'))
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
try:
    json.loads(raw)
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
