# A binary protocol: length-prefixed TLV records packed and parsed by hand.
class Record:
    TYPES = {1: 'int', 2: 'str', 3: 'blob'}

    def __init__(self, kind, value):
        self.kind = kind
        self.value = value

    def encode(self):
        if self.kind == 1:
            body = self.value.to_bytes(8, 'big', signed=True)
        elif self.kind == 2:
            body = self.value.encode('utf-8')
        else:
            body = bytes(self.value)
        return bytes([self.kind]) + len(body).to_bytes(2, 'big') + body

    @classmethod
    def decode_all(cls, buf):
        view = memoryview(buf)
        pos = 0
        out = []
        while pos < len(view):
            kind = view[pos]
            length = int.from_bytes(view[pos + 1:pos + 3], 'big')
            body = view[pos + 3:pos + 3 + length].tobytes()
            if len(body) != length:
                raise ValueError(f'truncated record at {pos}')
            if kind == 1:
                value = int.from_bytes(body, 'big', signed=True)
            elif kind == 2:
                value = body.decode('utf-8')
            else:
                value = body
            out.append(cls(kind, value))
            pos += 3 + length
        return out

    def __repr__(self):
        return f'Record({self.TYPES[self.kind]}, {self.value!r})'

records = [Record(1, -42), Record(2, 'héllo'), Record(3, b'\x00\xffraw'), Record(1, 2**62)]
wire = bytearray()
for r in records:
    wire += r.encode()
print(len(wire), bytes(wire[:12]), wire.hex()[:40])
print(Record.decode_all(bytes(wire)))
print(Record.decode_all(wire))
header = b'PYR\x01' + (len(wire)).to_bytes(4, 'little')
magic, version, size = header[:3], header[3], int.from_bytes(header[4:], 'little')
print(magic, version, size, header.startswith(b'PYR'), header.find(b'\x01'))
lines = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n'
request_line, *headers = lines.rstrip(b'\r\n').split(b'\r\n')
method, path, proto = request_line.split()
print(method, path, proto.decode(), dict(h.split(b': ', 1) for h in headers))
try:
    Record.decode_all(bytes(wire[:-3]))
except ValueError as e:
    print('error:', e)
bad = Record.encode(Record(2, 'x'))[:3] + b'\xff'
print(Record.decode_all(bad))
