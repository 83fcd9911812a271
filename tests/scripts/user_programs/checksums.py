# Hand-written checksums: CRC32, Adler-32, Fletcher-16, XOR, plus CRC-16/CCITT.

def make_crc32_table(poly=0xEDB88320):
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            if c & 1:
                c = (c >> 1) ^ poly
            else:
                c >>= 1
        table.append(c)
    return table


CRC_TABLE = make_crc32_table()


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc32_bitwise(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 & -(crc & 1))
    return ~crc & 0xFFFFFFFF


def adler32(data):
    MOD = 65521
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % MOD
        b = (b + a) % MOD
    return (b << 16) | a


def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def xor_checksum(data):
    acc = 0
    for byte in data:
        acc ^= byte
    return acc


def crc16_ccitt(data, crc=0xFFFF):
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


print("table[0:8]:", " ".join(f"{x:08x}" for x in CRC_TABLE[:8]))
print("table[255]:", f"{CRC_TABLE[255]:08x}")
print("table sum mod 2**32:", f"{sum(CRC_TABLE) % 2**32:08x}")

inputs = {
    "empty": b"",
    "a": b"a",
    "abc": "abc".encode(),
    "digits": b"123456789",
    "fox": "The quick brown fox jumps over the lazy dog".encode("ascii"),
    "wikipedia": b"Wikipedia",
    "unicode": "naïve café — ☕".encode("utf-8"),
    "range256": bytes(range(256)),
    "zeros100": b"\x00" * 100,
    "ff64": bytes([0xFF]) * 64,
}

header = f"{'name':<10} {'len':>4} {'crc32':>8} {'adler32':>8} {'fl16':>4} {'xor':>2} {'ccitt':>4}"
print(header)
print("-" * len(header))
for name, data in inputs.items():
    c = crc32(data)
    assert c == crc32_bitwise(data), name
    print(f"{name:<10} {len(data):>4} {c:08x} {adler32(data):08x} "
          f"{fletcher16(data):04x} {xor_checksum(data):02x} {crc16_ccitt(data):04x}")

# Incremental CRC must equal one-shot CRC
data = inputs["fox"]
running = 0
for i in range(0, len(data), 7):
    running = crc32(data[i:i + 7], running)
    print(f"  chunk {i:>2}-{min(i + 7, len(data)):>2}: running={running:08x}")
print("incremental matches:", running == crc32(data))

# Detect a single bit flip
original = bytearray(b"payload: transfer 100 coins to bob")
good = crc32(original)
tampered = bytearray(original)
tampered[18] ^= 0x01
print("original:", original.decode(), f"crc={good:08x}")
print("tampered:", tampered.decode(), f"crc={crc32(tampered):08x}")
print("detected:", crc32(tampered) != good)

# Adler-32 on a large buffer exercising the modulus
big = bytes((i * 31 + 7) & 0xFF for i in range(5000))
print(f"big adler32={adler32(big):08x} crc32={crc32(big):08x} fletcher16={fletcher16(big):04x}")

# Append CRC to a packet and verify
packet = bytearray(b"\x01\x02hello")
packet += crc32(packet).to_bytes(4, "little")
print("packet:", packet.hex(" "))
body, trailer = packet[:-4], packet[-4:]
print("verify:", int.from_bytes(trailer, "little") == crc32(body))
# CRC residue property: crc of (data + crc_le) is constant
print(f"residue: {crc32(packet):08x}")
