"""A hand-rolled protobuf-style encoder/decoder (varints, zigzag, length-delimited fields)."""
from __future__ import annotations

import base64
import struct
from dataclasses import dataclass, field, fields
from typing import ClassVar

WIRE_VARINT, WIRE_I64, WIRE_LEN, WIRE_I32 = 0, 1, 2, 5


def encode_varint(n: int) -> bytes:
    if n < 0:
        n += 1 << 64
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def decode_varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(buf):
            raise EOFError("truncated varint")
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7
        if shift >= 70:
            raise ValueError("varint too long")


def zigzag(n: int) -> int:
    return (n << 1) ^ (n >> 63)


def unzigzag(n: int) -> int:
    return (n >> 1) ^ -(n & 1)


@dataclass
class Message:
    SCHEMA: ClassVar[dict]

    def encode(self) -> bytes:
        out = bytearray()
        for f in fields(self):
            num, kind = self.SCHEMA[f.name]
            value = getattr(self, f.name)
            values = value if isinstance(value, list) else [value]
            for v in values:
                if v is None:
                    continue
                if kind == "uint":
                    out += encode_varint(num << 3 | WIRE_VARINT) + encode_varint(v)
                elif kind == "sint":
                    out += encode_varint(num << 3 | WIRE_VARINT) + encode_varint(zigzag(v))
                elif kind == "double":
                    out += encode_varint(num << 3 | WIRE_I64) + struct.pack("<d", v)
                elif kind == "fixed32":
                    out += encode_varint(num << 3 | WIRE_I32) + struct.pack("<I", v)
                elif kind == "string":
                    raw = v.encode()
                    out += encode_varint(num << 3 | WIRE_LEN) + encode_varint(len(raw)) + raw
                elif isinstance(kind, type):
                    raw = v.encode()
                    out += encode_varint(num << 3 | WIRE_LEN) + encode_varint(len(raw)) + raw
        return bytes(out)

    @classmethod
    def decode(cls, buf: bytes):
        by_num = {num: (name, kind) for name, (num, kind) in cls.SCHEMA.items()}
        kwargs: dict = {}
        pos = 0
        while pos < len(buf):
            key, pos = decode_varint(buf, pos)
            num, wire = key >> 3, key & 7
            if wire == WIRE_VARINT:
                raw, pos = decode_varint(buf, pos)
            elif wire == WIRE_I64:
                raw, pos = buf[pos:pos + 8], pos + 8
            elif wire == WIRE_I32:
                raw, pos = buf[pos:pos + 4], pos + 4
            elif wire == WIRE_LEN:
                n, pos = decode_varint(buf, pos)
                raw, pos = buf[pos:pos + n], pos + n
            else:
                raise ValueError(f"bad wire type {wire}")
            if num not in by_num:
                print(f"    (skipping unknown field {num}, wire {wire})")
                continue
            name, kind = by_num[num]
            if kind == "uint":
                val = raw
            elif kind == "sint":
                val = unzigzag(raw)
            elif kind == "double":
                (val,) = struct.unpack("<d", raw)
            elif kind == "fixed32":
                (val,) = struct.unpack("<I", raw)
            elif kind == "string":
                val = raw.decode()
            else:
                val = kind.decode(raw)
            default = next(f for f in fields(cls) if f.name == name)
            if default.default_factory is list:
                kwargs.setdefault(name, []).append(val)
            else:
                kwargs[name] = val
        return cls(**kwargs)


@dataclass
class Point(Message):
    SCHEMA: ClassVar[dict] = {"x": (1, "sint"), "y": (2, "sint")}
    x: int = 0
    y: int = 0


@dataclass
class Track(Message):
    SCHEMA: ClassVar[dict] = {"id": (1, "uint"), "name": (2, "string"), "points": (3, Point),
                              "speed": (4, "double"), "flags": (5, "fixed32"), "tags": (6, "string")}
    id: int = 0
    name: str = ""
    points: list = field(default_factory=list)
    speed: float | None = None
    flags: int = 0
    tags: list = field(default_factory=list)


for n in [0, 1, 127, 128, 300, 16384, 2**32, 2**63 - 1, -1, -300]:
    enc = encode_varint(n)
    dec, _ = decode_varint(enc, 0)
    if dec >= 1 << 63:
        dec -= 1 << 64
    print(f"varint {n:>20} -> {enc.hex(' '):<30} ok={dec == n}")
print("zigzag:", [(n, zigzag(n)) for n in (0, -1, 1, -2, 2, -64, 2**31 - 1, -2**31)])

track = Track(id=150, name="Morning run ☀", points=[Point(0, 0), Point(-3, 7), Point(1000, -1000)],
              speed=3.75, flags=0xDEADBEEF, tags=["gps", "outdoor"])
wire = track.encode()
print(f"\nencoded {len(wire)} bytes:")
for i in range(0, len(wire), 20):
    print("  " + wire[i:i + 20].hex(" "))
print("base64:", base64.b64encode(wire).decode())
print("urlsafe:", base64.urlsafe_b64encode(wire).rstrip(b"=").decode())
back = Track.decode(wire)
print("decoded:", back)
print("equal:", back == track)

extended = wire + encode_varint(9 << 3 | WIRE_VARINT) + encode_varint(77) + encode_varint(10 << 3 | WIRE_LEN) + b"\x02hi"
print("decode with unknown fields:")
print("  ", Track.decode(extended).name)
padded = base64.urlsafe_b64encode(wire).rstrip(b"=")
padded += b"=" * (-len(padded) % 4)
print("padded decode equal:", base64.urlsafe_b64decode(padded) == wire)
for bad in (b"\x08", b"\x08\xff\xff", b"\x0b\x01"):
    try:
        Track.decode(bad)
    except (EOFError, ValueError) as e:
        print(f"  {bad!r}: {type(e).__name__}: {e}")
print("a85:", base64.a85encode(wire[:12]).decode(), "b16:", base64.b16encode(wire[:6]).decode())
