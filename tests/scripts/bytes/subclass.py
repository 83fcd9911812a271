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
