# Benchmark: a binary protocol's records encoded and decoded with `struct` (issue 12): module
# functions with a literal format (the per-process format cache), a compiled `Struct`,
# `pack_into`/`unpack_from` on a shared buffer, and `iter_unpack` over the whole stream.
import struct

RECORDS = 100_000  # size knob

HEAD = struct.Struct("<IhB")
BODY = struct.Struct(">qd4sH")


def main():
    parts = []
    for i in range(RECORDS):
        parts.append(struct.pack("<IhB", i, (i % 60000) - 30000, i & 0xFF))
        parts.append(BODY.pack(i * 7919 - 10**9, i / 8.0, b"ab%02d" % (i % 100), i & 0xFFFF))
    blob = b"".join(parts)
    total = 0
    off = 0
    step = HEAD.size + BODY.size
    for i in range(RECORDS):
        a, b, c = HEAD.unpack_from(blob, off)
        q, d, s, h = BODY.unpack_from(blob, off + HEAD.size)
        total += a + b + c + q + int(d) + s[3] + h
        off += step
    buf = bytearray(HEAD.size * 1000)
    for i in range(RECORDS // 10):
        struct.pack_into("<IhB", buf, (i % 1000) * HEAD.size, i, -i % 1000, i % 7)
    for a, b, c in struct.iter_unpack("<IhB", bytes(buf)):
        total += a - b + c
    for i in range(RECORDS // 2):
        total += struct.unpack("<I", blob[i * 4 : i * 4 + 4])[0] & 0xFF
    print(len(blob), total)


main()
