"""SLIP-framed sensor packets over a simulated serial line.

Each packet: device uuid (16 bytes), sequence (u16), timestamp offset (u32),
n readings (u8), readings as (channel u8, value i16 scaled by 100), then a
CRC-16/CCITT via binascii.crc_hqx.
"""
import binascii
import io
import random
import struct
import uuid
from collections import defaultdict
from statistics import mean

END, ESC, ESC_END, ESC_ESC = 0xC0, 0xDB, 0xDC, 0xDD
NAMESPACE = uuid.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")  # URL namespace
HEAD = struct.Struct("<16sHIB")
READING = struct.Struct("<Bh")


def slip_encode(packet: bytes) -> bytes:
    out = bytearray([END])
    for b in packet:
        if b == END:
            out += bytes([ESC, ESC_END])
        elif b == ESC:
            out += bytes([ESC, ESC_ESC])
        else:
            out.append(b)
    out.append(END)
    return bytes(out)


def slip_decode_stream(stream: io.BufferedIOBase):
    frame = bytearray()
    escaped = False
    while True:
        chunk = stream.read(7)  # odd size on purpose: frames straddle reads
        if not chunk:
            break
        for b in chunk:
            if escaped:
                frame.append({ESC_END: END, ESC_ESC: ESC}.get(b, b))
                escaped = False
            elif b == ESC:
                escaped = True
            elif b == END:
                if frame:
                    yield bytes(frame)
                    frame.clear()
            else:
                frame.append(b)


def make_packet(dev: uuid.UUID, seq: int, t: int, readings):
    body = HEAD.pack(dev.bytes, seq, t, len(readings))
    body += b"".join(READING.pack(ch, round(v * 100)) for ch, v in readings)
    return body + struct.pack("<H", binascii.crc_hqx(body, 0xFFFF))


def parse_packet(data: bytes):
    body, (crc,) = data[:-2], struct.unpack("<H", data[-2:])
    if binascii.crc_hqx(body, 0xFFFF) != crc:
        raise ValueError("bad crc")
    raw_id, seq, t, n = HEAD.unpack_from(body)
    readings = [READING.unpack_from(body, HEAD.size + i * READING.size) for i in range(n)]
    if HEAD.size + n * READING.size != len(body):
        raise ValueError(f"length mismatch: {len(body)} bytes for {n} readings")
    return uuid.UUID(bytes=raw_id), seq, t, [(ch, v / 100) for ch, v in readings]


rng = random.Random(1234)
devices = {name: uuid.uuid5(NAMESPACE, f"https://sensors.example/{name}") for name in ("boiler", "attic", "garage")}
names = {v: k for k, v in devices.items()}
for name, dev in devices.items():
    print(f"{name:<7} {dev} v{dev.version} {dev.variant} urn={dev.urn[:13]}… int%1000={dev.int % 1000}")

line = io.BytesIO()
sent = 0
for seq in range(24):
    name = rng.choice(sorted(devices))
    readings = [(ch, round(rng.gauss(20 + ch * 5, 3), 2)) for ch in range(rng.randint(1, 4))]
    pkt = make_packet(devices[name], seq, seq * 15 + rng.randint(0, 3), readings)
    if seq == 5:
        pkt = pkt[:20] + bytes([pkt[20] ^ 1]) + pkt[21:]  # line noise
    line.write(slip_encode(pkt))
    sent += 1
    if seq % 8 == 3:
        line.write(b"\xc0\xc0")  # empty frames

wire = line.getvalue()
print(f"\nwire: {sent} packets, {len(wire)} bytes, escapes: {wire.count(bytes([ESC]))}")
print("first 48 bytes:", binascii.hexlify(wire[:48], " ", 4).decode())

series = defaultdict(lambda: defaultdict(list))
bad = 0
line.seek(0)
for frame in slip_decode_stream(io.BufferedReader(line)):
    try:
        dev, seq, t, readings = parse_packet(frame)
    except (ValueError, struct.error) as e:
        bad += 1
        print(f"  dropped frame ({len(frame)} bytes): {e}")
        continue
    for ch, v in readings:
        series[names[dev]][ch].append((t, v))
print(f"decoded ok, {bad} bad")

print(f"\n{'device':<8}{'ch':>3}{'n':>4}{'min':>8}{'mean':>8}{'max':>8}  last(t)")
for name in sorted(series):
    for ch in sorted(series[name]):
        pts = series[name][ch]
        vals = [v for _, v in pts]
        print(f"{name:<8}{ch:>3}{len(pts):>4}{min(vals):>8.2f}{mean(vals):>8.2f}{max(vals):>8.2f}  {pts[-1][0]}")

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print("\nuuid parsing:", u, u.hex, u.fields[:3], uuid.UUID(int=u.int) == u, str(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org")))
print("escape check:", slip_encode(bytes([1, END, 2, ESC, 3])).hex(), binascii.b2a_base64(b"\xc0\xdb").strip())
