# Binary protocol encoder/decoder with LEB128 varints and zigzag encoding.

class DecodeError(Exception):
    pass


def zigzag(n):
    return (n << 1) ^ (n >> 63) if n < 0 else n << 1


def unzigzag(z):
    return (z >> 1) ^ -(z & 1)


def encode_varint(n, out):
    if n < 0:
        raise ValueError(f"varint must be non-negative, got {n}")
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return out


def decode_varint(data, pos):
    result = 0
    shift = 0
    while True:
        if pos >= len(data):
            raise DecodeError(f"truncated varint at offset {pos}")
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


MSG_TYPES = {1: "PING", 2: "LOGIN", 3: "MOVE", 4: "CHAT"}
TYPE_IDS = {name: tid for tid, name in MSG_TYPES.items()}

SCHEMAS = {
    "PING": [("seq", "uint")],
    "LOGIN": [("user", "str"), ("uid", "uint")],
    "MOVE": [("dx", "sint"), ("dy", "sint")],
    "CHAT": [("room", "str"), ("text", "str"), ("ttl", "sint")],
}


def encode_message(kind, **fields):
    out = bytearray()
    out.append(TYPE_IDS[kind])
    for name, ftype in SCHEMAS[kind]:
        value = fields[name]
        match ftype:
            case "uint":
                encode_varint(value, out)
            case "sint":
                encode_varint(zigzag(value), out)
            case "str":
                raw = value.encode("utf-8")
                encode_varint(len(raw), out)
                out.extend(raw)
    return bytes(out)


def decode_message(data):
    if not data:
        raise DecodeError("empty message")
    tid = data[0]
    if tid not in MSG_TYPES:
        raise DecodeError(f"unknown message type 0x{tid:02x}")
    kind = MSG_TYPES[tid]
    pos = 1
    fields = {}
    for name, ftype in SCHEMAS[kind]:
        if ftype == "str":
            length, pos = decode_varint(data, pos)
            if pos + length > len(data):
                raise DecodeError(f"string {name!r} needs {length} bytes, {len(data) - pos} left")
            fields[name] = data[pos:pos + length].decode("utf-8")
            pos += length
        else:
            raw, pos = decode_varint(data, pos)
            fields[name] = unzigzag(raw) if ftype == "sint" else raw
    if pos != len(data):
        raise DecodeError(f"{len(data) - pos} trailing bytes")
    return kind, fields


print("== varints ==")
for n in [0, 1, 127, 128, 300, 16384, 2**31 - 1, 2**63]:
    enc = encode_varint(n, bytearray())
    dec, end = decode_varint(enc, 0)
    print(f"{n:>20} -> {enc.hex(' '):<30} len={len(enc)} ok={dec == n and end == len(enc)}")

print("== zigzag ==")
for n in [0, -1, 1, -2, 2, -64, 64, -2**31, 2**31 - 1]:
    z = zigzag(n)
    print(f"{n:>12} -> {z:<12} back={unzigzag(z)}")

print("== messages ==")
messages = [
    ("PING", {"seq": 42}),
    ("LOGIN", {"user": "alice", "uid": 1001}),
    ("MOVE", {"dx": -5, "dy": 300}),
    ("CHAT", {"room": "général", "text": "héllo wörld ☃", "ttl": -1}),
]
encoded_all = []
for kind, fields in messages:
    blob = encode_message(kind, **fields)
    encoded_all.append(blob)
    back_kind, back_fields = decode_message(blob)
    print(f"{kind:<6} {len(blob):>3}B {blob.hex(' ')}")
    print(f"       decoded: {back_kind} {back_fields} roundtrip={back_fields == fields}")

print("== to_bytes / from_bytes ==")
for value, size in [(1, 2), (0x1234, 2), (0xDEADBEEF, 4), (2**40 + 5, 8)]:
    big = value.to_bytes(size, "big")
    little = value.to_bytes(size, byteorder="little")
    print(f"{value:#x}: big={big.hex()} little={little.hex()} "
          f"rb={int.from_bytes(big, 'big') == value} rl={int.from_bytes(little, 'little') == value}")
print("signed -2 (2 bytes):", (-2).to_bytes(2, "big", signed=True).hex())
print("from signed:", int.from_bytes(b"\xff\xfe", "big", signed=True),
      int.from_bytes(b"\xff\xfe", "little", signed=True))
print("unsigned:", int.from_bytes(b"\xff\xfe", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)

# Frame: 4-byte big-endian length prefix for a stream of messages
stream = bytearray()
for blob in encoded_all:
    stream += len(blob).to_bytes(4, "big")
    stream += blob
print("stream length:", len(stream))
pos = 0
count = 0
while pos < len(stream):
    n = int.from_bytes(stream[pos:pos + 4], "big")
    kind, fields = decode_message(bytes(stream[pos + 4:pos + 4 + n]))
    count += 1
    print(f"  frame@{pos:<3} n={n:<3} {kind}")
    pos += 4 + n
print("frames:", count)

print("== errors ==")
bad_inputs = [
    b"",
    b"\x09\x01",
    b"\x01\x80\x80",
    encoded_all[1][:4],
    encoded_all[3][:-1],
    encoded_all[0] + b"\x00\x00",
]
for bad in bad_inputs:
    try:
        decode_message(bad)
        print("unexpected success", bad)
    except DecodeError as e:
        print(f"{bad.hex(' ') or '<empty>':<24} -> DecodeError: {e}")
try:
    encode_varint(-3, bytearray())
except ValueError as e:
    print("ValueError:", e)
try:
    encode_message("MOVE", dx=1)
except KeyError as e:
    print("KeyError:", e)
