"""Build DNS queries and responses by hand (RFC 1035), including name compression."""
import struct
from collections import namedtuple
from enum import IntEnum

Header = namedtuple("Header", "id flags qdcount ancount nscount arcount")
Question = namedtuple("Question", "name qtype qclass")
Record = namedtuple("Record", "name rtype rclass ttl data")


class QType(IntEnum):
    A = 1
    NS = 2
    CNAME = 5
    MX = 15
    TXT = 16
    AAAA = 28


class Writer:
    def __init__(self):
        self.buf = bytearray()
        self.names = {}

    def name(self, name: str):
        labels = name.rstrip(".").split(".")
        for i in range(len(labels)):
            suffix = ".".join(labels[i:]).lower()
            if suffix in self.names:
                self.buf += struct.pack(">H", 0xC000 | self.names[suffix])
                return
            if len(self.buf) < 0x4000:
                self.names[suffix] = len(self.buf)
            label = labels[i].encode("ascii")
            if len(label) > 63:
                raise ValueError(f"label too long: {labels[i][:10]}...")
            self.buf += bytes([len(label)]) + label
        self.buf += b"\x00"

    def rdata(self, rtype, data):
        start = len(self.buf)
        self.buf += b"\x00\x00"
        if rtype == QType.A:
            self.buf += bytes(int(p) for p in data.split("."))
        elif rtype == QType.AAAA:
            head, _, tail = data.partition("::")
            h = [int(x, 16) for x in head.split(":") if x]
            t = [int(x, 16) for x in tail.split(":") if x]
            self.buf += struct.pack(">8H", *(h + [0] * (8 - len(h) - len(t)) + t))
        elif rtype in (QType.CNAME, QType.NS):
            self.name(data)
        elif rtype == QType.MX:
            self.buf += struct.pack(">H", data[0])
            self.name(data[1])
        elif rtype == QType.TXT:
            for piece in data:
                raw = piece.encode()
                self.buf += bytes([len(raw)]) + raw
        struct.pack_into(">H", self.buf, start, len(self.buf) - start - 2)


def build(header, questions, answers):
    w = Writer()
    w.buf += struct.pack(">6H", *header)
    for q in questions:
        w.name(q.name)
        w.buf += struct.pack(">HH", q.qtype, q.qclass)
    for r in answers:
        w.name(r.name)
        w.buf += struct.pack(">HHI", r.rtype, r.rclass, r.ttl)
        w.rdata(r.rtype, r.data)
    return bytes(w.buf)


def read_name(buf, pos, depth=0):
    labels = []
    jumped_to = None
    while True:
        if depth > 10:
            raise ValueError("compression loop")
        n = buf[pos]
        if n & 0xC0 == 0xC0:
            ptr = struct.unpack_from(">H", buf, pos)[0] & 0x3FFF
            rest, _ = read_name(buf, ptr, depth + 1)
            labels.append(rest)
            return ".".join(labels), pos + 2
        pos += 1
        if n == 0:
            return ".".join(labels), pos
        labels.append(buf[pos:pos + n].decode("ascii"))
        pos += n


def parse(buf):
    hdr = Header(*struct.unpack_from(">6H", buf, 0))
    pos = 12
    qs, ans = [], []
    for _ in range(hdr.qdcount):
        name, pos = read_name(buf, pos)
        qt, qc = struct.unpack_from(">HH", buf, pos)
        pos += 4
        qs.append(Question(name, QType(qt), qc))
    for _ in range(hdr.ancount):
        name, pos = read_name(buf, pos)
        rt, rc, ttl, rdlen = struct.unpack_from(">HHIH", buf, pos)
        pos += 10
        rd = buf[pos:pos + rdlen]
        rt = QType(rt)
        if rt == QType.A:
            data = ".".join(map(str, rd))
        elif rt == QType.AAAA:
            data = ":".join(f"{x:x}" for x in struct.unpack(">8H", rd))
        elif rt in (QType.CNAME, QType.NS):
            data = read_name(buf, pos)[0]
        elif rt == QType.MX:
            data = (struct.unpack_from(">H", buf, pos)[0], read_name(buf, pos + 2)[0])
        else:
            data, i = [], 0
            while i < len(rd):
                data.append(rd[i + 1:i + 1 + rd[i]].decode())
                i += 1 + rd[i]
        ans.append(Record(name, rt, rc, ttl, data))
        pos += rdlen
    return hdr, qs, ans


def flags_text(flags):
    qr = "response" if flags >> 15 else "query"
    opcode = (flags >> 11) & 0xF
    bits = [name for bit, name in ((10, "AA"), (9, "TC"), (8, "RD"), (7, "RA")) if flags >> bit & 1]
    return f"{qr} opcode={opcode} rcode={flags & 0xF} {'|'.join(bits)}"


query = build(Header(0x1A2B, 0x0100, 1, 0, 0, 0), [Question("www.example.com", QType.A, 1)], [])
print("query:", query.hex())
resp = build(
    Header(0x1A2B, 0x8180, 1, 6, 0, 0),
    [Question("www.example.com", QType.A, 1)],
    [Record("www.example.com", QType.CNAME, 1, 300, "web.example.com"),
     Record("web.example.com", QType.A, 1, 60, "93.184.216.34"),
     Record("web.example.com", QType.AAAA, 1, 60, "2606:2800:220:1::248:1893"),
     Record("example.com", QType.MX, 1, 3600, (10, "mail.example.com")),
     Record("example.com", QType.TXT, 1, 3600, ["v=spf1 -all", "hello world"]),
     Record("example.com", QType.NS, 1, 86400, "a.iana-servers.net")],
)
print(f"response: {len(resp)} bytes")
for off in range(0, len(resp), 24):
    print(f"  {off:04x}: {resp[off:off + 24].hex(' ')}")
hdr, qs, ans = parse(resp)
print(f"id={hdr.id:#06x} {flags_text(hdr.flags)}")
for q in qs:
    print(f"  Q {q.name} {q.qtype.name} class={q.qclass}")
for r in ans:
    print(f"  {r.name:<18}{r.ttl:>6} IN {r.rtype.name:<6}{r.data}")
uncompressed = sum(len(r.name) + 2 for r in ans)
print("pointers used:", resp.count(b"\xc0"), "bytes saved at least:", uncompressed - 2 * len(ans))
loop = bytearray(query)
loop[12:14] = b"\xc0\x0c"
try:
    parse(bytes(loop))
except ValueError as e:
    print("malicious packet:", e)
try:
    build(Header(1, 0, 1, 0, 0, 0), [Question("x" * 70 + ".com", QType.A, 1)], [])
except ValueError as e:
    print("bad name:", e)
