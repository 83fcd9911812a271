# Scalars as the encoders print them: ints of any size, float reprs, subclasses, strings.
import json
from enum import IntEnum, Enum

for v in [0, -1, 7, 2**48, 2**49, 2**63, -2**63 - 1, 10**100, -10**100, 1.0, -0.0, 0.1, 1e16, 1e-5,
          1e-4, 123456789.123456789, 1.7976931348623157e308, 5e-324, 2.5, 1e22, 1 / 3,
          True, False, None, 'str', '']:
    print(json.dumps(v), json.dumps([v]), json.dumps({'k': v}, indent=1).replace('\n', '|'))

# The 4300-digit limit of int-to-str conversion applies.
print(len(json.dumps(10**4299)))
for indent in [None, 2]:
    try:
        json.dumps([10**4300], indent=indent)
    except ValueError as e:
        print('ValueError', e)
    try:
        json.dumps({10**4300: 1}, indent=indent)
    except ValueError as e:
        print('ValueError', e)

# Subclasses of int, float and str encode their value, never their own repr or str.
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
    __str__ = __repr__
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    def __str__(self):
        return 'MyStr!'
class Color(IntEnum):
    RED = 1
    GREEN = 2
class Shape(Enum):
    CIRCLE = 1
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), Color.RED, {Color.GREEN: MyStr('v')}]))
print(json.dumps({MyInt(3): 1, MyFloat(0.5): 2, MyStr('k'): 3}, indent=1))
try:
    json.dumps(Shape.CIRCLE)
except TypeError as e:
    print('TypeError', e)

# Subclasses of list, tuple and dict are containers; tuples become lists.
class MyList(list):
    pass
class MyDict(dict):
    pass
class Items(dict):
    def items(self):
        return [('fake', 1)]
print(json.dumps([MyList([1, 2]), (3, 4), MyDict(a=1), ()]))
print(json.dumps(MyDict(b=1, a=2), sort_keys=True, indent=1))
print(json.dumps(Items(real=0)), json.dumps(Items(real=0), indent=1))
from collections import OrderedDict, defaultdict, Counter, namedtuple
P = namedtuple('P', 'x y')
print(json.dumps([OrderedDict([('z', 1), ('a', 2)]), defaultdict(int, {'k': 1}), Counter('aab'), P(1, 2)]))

# encode_basestring(_ascii) and JSONEncoder.encode on a bare str.
print(json.encoder.encode_basestring_ascii('é"\\\n\x7f\x00😀'))
print(json.encoder.encode_basestring('é"\\\n\x7f\x00😀'))
print(json.JSONEncoder().encode('é'), json.JSONEncoder(ensure_ascii=False).encode('é'))
try:
    json.encoder.encode_basestring_ascii(1)
except TypeError as e:
    print('TypeError', e)
