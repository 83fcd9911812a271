print(bytes(), bytes(0), bytes(4), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)))
print(bytes(b'abc'), bytes(bytearray(b'xy')), bytes(memoryview(b'mv')), bytes('héllo', 'utf-8'))
print(bytes('abc', 'ascii'), bytes('é', 'latin-1'), bytes('é', encoding='utf-8'), bytes(source=b'kw'))
print(bytes('a€b', 'ascii', 'ignore'), bytes('a€b', 'ascii', 'replace'), bytes('a€b', errors='xmlcharrefreplace', encoding='ascii'))
print(bytes(x for x in [1, 2, 3]), bytes({7: 'a'}), bytes([True, False]))
class Idx:
    def __index__(self):
        return 3
print(bytes(Idx()), bytes([Idx()]))
class B:
    def __bytes__(self):
        return b'from dunder'
print(bytes(B()))
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray(b'xy'), bytearray('hé', 'utf-8'), bytearray(bytearray(b'q')))
print(bytes.fromhex('48 65 6c6c6f'), bytearray.fromhex('ff00'), bytes.fromhex(''), bytes.fromhex('  0a  '))
print(b'\x01\xab'.hex(), bytearray(b'\x01\xab').hex(), bytes.fromhex(b'\x01\xab'.hex()) == b'\x01\xab')
for args in [('a',), (-1,), ([256],), (['a'],), (1.5,), (None,), ('a', 'xx'), (b'a', 'utf-8'), ([-1],), ({1.5},), ('x', 'utf-8', 5)]:
    for ctor in (bytes, bytearray):
        try:
            print(ctor(*args))
        except Exception as e:
            print(ctor.__name__, args, type(e).__name__, e)
for kw in [{'errors': 'strict'}, {'encoding': 'utf-8'}, {'encoding': 1}]:
    try:
        print(bytes(**kw))
    except Exception as e:
        print(kw, type(e).__name__, e)
for h in ['zz', 'a', 'ab c', 'abc d', '0g', 'é0']:
    try:
        print(bytes.fromhex(h))
    except ValueError as e:
        print(repr(h), e)
try:
    bytes.fromhex(1)
except TypeError as e:
    print(e)
class BadBytes:
    def __bytes__(self):
        return 'str'
bytes(BadBytes())
