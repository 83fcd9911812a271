"""A small type-length-value wire format for telemetry messages, with CRC32 framing."""
import binascii
import struct
import zlib
from dataclasses import dataclass
from enum import IntEnum


class Tag(IntEnum):
    U8 = 0x01
    I32 = 0x02
    F64 = 0x03
    STR = 0x04
    BYTES = 0x05
    LIST = 0x06
    MAP = 0x07
    NONE = 0x08
    BOOL = 0x09


MAGIC = b"TLV1"


class DecodeError(Exception):
    pass


def encode_value(v) -> bytes:
    if v is None:
        return struct.pack(">BH", Tag.NONE, 0)
    if isinstance(v, bool):
        return struct.pack(">BH?", Tag.BOOL, 1, v)
    if isinstance(v, int):
        if 0 <= v < 256:
            return struct.pack(">BHB", Tag.U8, 1, v)
        return struct.pack(">BHi", Tag.I32, 4, v)
    if isinstance(v, float):
        return struct.pack(">BHd", Tag.F64, 8, v)
    if isinstance(v, str):
        raw = v.encode("utf-8")
        return struct.pack(">BH", Tag.STR, len(raw)) + raw
    if isinstance(v, (bytes, bytearray)):
        return struct.pack(">BH", Tag.BYTES, len(v)) + bytes(v)
    if isinstance(v, list):
        body = b"".join(encode_value(x) for x in v)
        return struct.pack(">BH", Tag.LIST, len(body)) + body
    if isinstance(v, dict):
        body = b"".join(encode_value(k) + encode_value(x) for k, x in v.items())
        return struct.pack(">BH", Tag.MAP, len(body)) + body
    raise TypeError(f"cannot encode {type(v).__name__}")


def decode_value(buf: memoryview, pos: int = 0):
    if pos + 3 > len(buf):
        raise DecodeError(f"truncated header at {pos}")
    tag, length = struct.unpack_from(">BH", buf, pos)
    pos += 3
    end = pos + length
    if end > len(buf):
        raise DecodeError(f"value at {pos - 3} claims {length} bytes, only {len(buf) - pos} left")
    try:
        tag = Tag(tag)
    except ValueError:
        raise DecodeError(f"unknown tag 0x{tag:02x}") from None
    if tag is Tag.NONE:
        return None, end
    if tag is Tag.BOOL:
        return struct.unpack_from(">?", buf, pos)[0], end
    if tag is Tag.U8:
        return buf[pos], end
    if tag is Tag.I32:
        return struct.unpack_from(">i", buf, pos)[0], end
    if tag is Tag.F64:
        return struct.unpack_from(">d", buf, pos)[0], end
    if tag is Tag.STR:
        return bytes(buf[pos:end]).decode("utf-8"), end
    if tag is Tag.BYTES:
        return bytes(buf[pos:end]), end
    items = []
    while pos < end:
        item, pos = decode_value(buf, pos)
        items.append(item)
    if tag is Tag.LIST:
        return items, end
    return dict(zip(items[::2], items[1::2])), end


def frame(payload) -> bytes:
    body = encode_value(payload)
    return MAGIC + struct.pack(">I", len(body)) + body + struct.pack(">I", zlib.crc32(body))


def unframe(data: bytes):
    if data[:4] != MAGIC:
        raise DecodeError(f"bad magic {data[:4]!r}")
    (n,) = struct.unpack_from(">I", data, 4)
    body = data[8:8 + n]
    (crc,) = struct.unpack_from(">I", data, 8 + n)
    if zlib.crc32(body) != crc:
        raise DecodeError(f"crc mismatch: {crc:08x} != {zlib.crc32(body):08x}")
    value, end = decode_value(memoryview(body))
    return value


def hexdump(data: bytes, width: int = 16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hexpart:<{width * 3}} |{text}|")


@dataclass
class Reading:
    sensor: str
    values: list
    ok: bool


messages = [
    {"id": 7, "sensor": "thermo-α", "temp": 21.5, "ok": True},
    {"id": 70000, "raw": b"\x00\xff\x10", "history": [1, 2, 300, -5], "note": None},
    [Reading("p1", [1.25, -0.5], False).__dict__, "tail"],
]
for msg in messages:
    wire = frame(msg)
    print(f"message {msg!r}")
    print(f"  {len(wire)} bytes, crc32={zlib.crc32(wire[8:-4]):#010x}, adler32={zlib.adler32(wire):#010x}")
    hexdump(wire)
    back = unframe(wire)
    print("  decoded:", back, "| equal:", back == msg)

print("\nhexlify:", binascii.hexlify(frame(42)).decode(), binascii.hexlify(frame("hi"), "-", 2))
print("crc_hqx:", hex(binascii.crc_hqx(b"123456789", 0xFFFF)), "crc32:", hex(binascii.crc32(b"123456789")))
bad_inputs = {
    "corrupted": bytearray(frame({"a": 1})),
    "truncated": frame([1, 2, 3])[:10] + b"\x00\x00\x00\x00",
    "bad magic": b"TLV2" + frame(1)[4:],
    "unknown tag": MAGIC + struct.pack(">I", 3) + b"\x7f\x00\x00" + struct.pack(">I", zlib.crc32(b"\x7f\x00\x00")),
}
bad_inputs["corrupted"][10] ^= 0x40
for name, data in bad_inputs.items():
    try:
        unframe(bytes(data))
    except (DecodeError, struct.error) as e:
        print(f"{name}: {type(e).__name__}: {e}")
try:
    encode_value({"when": object()})
except TypeError as e:
    print("TypeError:", e)
