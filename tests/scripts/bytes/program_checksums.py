# Checksums written by hand: CRC-32 (table driven), Adler-32, Fletcher-16, a simple XOR cipher.
def make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table

CRC_TABLE = make_crc_table()

def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF

def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1

def xor_cipher(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))

for msg in [b'', b'a', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 2]:
    print(len(msg), hex(crc32(msg)), hex(adler32(msg)), hex(fletcher16(msg)))
secret = xor_cipher(b'attack at dawn', b'key')
print(secret, secret.hex(), xor_cipher(secret, b'key'))
print(crc32(b'hello').to_bytes(4, 'little'), int.from_bytes(crc32(b'x').to_bytes(4, 'big'), 'big') == crc32(b'x'))
