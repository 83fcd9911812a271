class Tag(bytes):
    def shout(self):
        return self.upper() + b'!'
t = Tag(b'hi')
print(t, t.shout(), len(t), t[0], t + b'x', t == b'hi', isinstance(t, bytes), type(t).__name__, t.decode(), list(t))
print(hash(t) == hash(b'hi'), {t: 1}[b'hi'], b'h' in t, t.split(b'i'), bytes(t), t.hex(), sorted(t))
class Packet(bytes):
    def __new__(cls, kind, payload):
        self = super().__new__(cls, bytes([kind]) + payload)
        self.kind = kind
        return self
    def __repr__(self):
        return f'Packet({self.kind}, {bytes(self)[1:]!r})'
p = Packet(3, b'data')
print(p, p.kind, len(p), p[1:], bytes(p))
class Z(bytes):
    pass
print(Z(3), Z([65, 66]), Z('é', 'utf-8'), repr(Z(b'q')))
print(type(Tag.fromhex('6869')).__name__, Tag.fromhex('6869').shout(), type(t.fromhex('00')).__name__, type(bytearray.fromhex('00')).__name__)
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b'\x01', 'big')).__name__, MyInt.from_bytes(b'\x02', 'little'), bool.from_bytes(b'\x01', 'big'), bool.from_bytes(b'\x00\x00', 'big'))
print(repr(memoryview(b'x'))[:11], repr(iter(b''))[:22])
m = memoryview(b'x')
m.release()
print(repr(m)[:20])
ba = bytearray(b'ab')
try:
    ba += ba
except BufferError as e:
    print('BufferError', e, ba)
class Buf(bytearray):
    def tail(self, n):
        return bytes(self[-n:])
b = Buf(b'hello')
b.append(33)
b += b'??'
b[0] = 72
del b[1]
b.extend([65, 66])
print(b, len(b), b.tail(3), b[0], b[1:3], type(b).__name__, isinstance(b, bytearray), b == bytearray(b'Hllo!??AB'))
print(b.upper(), type(b.upper()).__name__, b.find(b'l'), list(b)[:3], b'l' in b, bytes(b), b.decode(), b * 2)
try:
    hash(b)
except TypeError as e:
    print(e)
class Init(bytearray):
    def __init__(self, n):
        super().__init__(b'x' * n)
        self.n = n
i = Init(3)
print(i, i.n, len(i))
i *= 2
print(i, type(i).__name__)
e = Buf()
print(e, Buf(3), Buf([1, 2]), repr(Buf(b'q')))
