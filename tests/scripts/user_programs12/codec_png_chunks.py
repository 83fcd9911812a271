"""Write a tiny PNG image entirely in memory, then parse it back chunk by chunk."""
import io
import struct
import zlib
import base64
import hashlib

PNG_SIG = b"\x89PNG\r\n\x1a\n"


def chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack("!I", len(data)) + kind + data + struct.pack("!I", crc)


def make_png(width: int, height: int, pixel) -> bytes:
    raw = io.BytesIO()
    for y in range(height):
        raw.write(b"\x00")  # filter type: none
        for x in range(width):
            raw.write(bytes(pixel(x, y)))
    ihdr = struct.pack("!IIBBBBB", width, height, 8, 2, 0, 0, 0)
    text = b"Software\x00pyrite-test"
    out = io.BytesIO()
    out.write(PNG_SIG)
    out.write(chunk(b"IHDR", ihdr))
    out.write(chunk(b"tEXt", text))
    out.write(chunk(b"IDAT", zlib.compress(raw.getvalue(), 9)))
    out.write(chunk(b"IEND", b""))
    return out.getvalue()


class PNGError(ValueError):
    pass


def read_chunks(data: bytes):
    stream = io.BytesIO(data)
    if stream.read(8) != PNG_SIG:
        raise PNGError("not a PNG file")
    while True:
        head = stream.read(8)
        if len(head) < 8:
            raise PNGError("unexpected end of file")
        length, kind = struct.unpack("!I4s", head)
        body = stream.read(length)
        tail = stream.read(4)
        if len(body) < length or len(tail) < 4:
            raise PNGError(f"truncated {kind!r} chunk: wanted {length}, got {len(body)}")
        (crc,) = struct.unpack("!I", tail)
        if zlib.crc32(kind + body) != crc:
            raise PNGError(f"CRC error in {kind.decode('ascii')} chunk")
        yield kind.decode("ascii"), body
        if kind == b"IEND":
            return


def decode(data: bytes):
    info, idat, meta = None, bytearray(), {}
    for kind, body in read_chunks(data):
        critical = kind[0].isupper()
        print(f"  chunk {kind} len={len(body):4d} critical={critical}")
        if kind == "IHDR":
            w, h, depth, ctype, comp, filt, inter = struct.unpack("!IIBBBBB", body)
            info = dict(width=w, height=h, depth=depth, color_type=ctype, interlace=inter)
        elif kind == "IDAT":
            idat += body
        elif kind == "tEXt":
            key, _, value = body.partition(b"\x00")
            meta[key.decode("latin-1")] = value.decode("latin-1")
    d = zlib.decompressobj()
    raw = d.decompress(bytes(idat)) + d.flush()
    stride = info["width"] * 3 + 1
    rows = [raw[i * stride + 1:(i + 1) * stride] for i in range(info["height"])]
    return info, meta, rows


def gradient(x, y):
    return (x * 40 % 256, y * 50 % 256, (x * y * 7) % 256)


png = make_png(6, 5, gradient)
print(f"PNG size {len(png)} bytes, sha256 {hashlib.sha256(png).hexdigest()[:16]}…")
print("base64:")
b64 = base64.b64encode(png).decode()
for i in range(0, len(b64), 64):
    print("  " + b64[i:i + 64])
print("decoding:")
info, meta, rows = decode(png)
print("  info:", info)
print("  meta:", meta)
for y, row in enumerate(rows):
    px = [tuple(row[i:i + 3]) for i in range(0, len(row), 3)]
    print("  " + " ".join("#{:02x}{:02x}{:02x}".format(*p) for p in px))
ok = all(tuple(rows[y][x * 3:x * 3 + 3]) == gradient(x, y) for y in range(5) for x in range(6))
print("pixels round-trip:", ok)

raw_len = sum(len(r) + 1 for r in rows)
comp = zlib.compress(b"".join(b"\x00" + r for r in rows), 9)
print(f"compression: {raw_len} -> {len(comp)} bytes ({len(comp) / raw_len:.0%})")
for level in (0, 1, 6, 9):
    print(f"  level {level}: {len(zlib.compress(bytes(range(256)) * 8, level))}")

co = zlib.compressobj(level=6, wbits=-15)
deflated = co.compress(b"hello hello hello hello") + co.flush()
print("raw deflate:", deflated.hex(), "->", zlib.decompress(deflated, -15))
gz = zlib.compressobj(wbits=31)
gzdata = gz.compress(b"gzip body") + gz.flush()
print("gzip header:", gzdata[:3].hex(), "round trip:", zlib.decompress(gzdata, 47))

broken = bytearray(png)
broken[45] ^= 0xFF
for name, data in [("flipped byte", bytes(broken)), ("cut short", png[:30]), ("jpeg", b"\xff\xd8\xff\xe0" + png[4:])]:
    try:
        decode(data)
    except PNGError as e:
        print(f"{name}: {e}")
try:
    zlib.decompress(b"not compressed data")
except zlib.error as e:
    print("zlib.error:", e)
print(base64.b64decode(b64)[:8] == PNG_SIG, base64.urlsafe_b64encode(png[-12:]), base64.b32encode(b"IEND"))
