# A hand-written base64 codec and hexdump, as people write them without the stdlib.
ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
REVERSE = {c: i for i, c in enumerate(ALPHABET)}

def b64encode(data: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b'\0'), 'big')
        quad = [(n >> s) & 63 for s in (18, 12, 6, 0)]
        enc = bytes(ALPHABET[q] for q in quad)
        pad = 3 - len(chunk)
        out += enc[:4 - pad] + b'=' * pad
    return bytes(out)

def b64decode(text: bytes) -> bytes:
    text = text.rstrip(b'=')
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        n = 0
        for c in quad:
            n = (n << 6) | REVERSE[c]
        n <<= 6 * (4 - len(quad))
        out.extend(n.to_bytes(3, 'big')[:len(quad) - 1])
    return bytes(out)

def hexdump(data):
    for off in range(0, len(data), 16):
        row = data[off:off + 16]
        hexpart = row.hex(' ')
        text = ''.join(chr(b) if 32 <= b < 127 else '.' for b in row)
        print(f'{off:08x}  {hexpart:<47}  |{text}|')

for msg in [b'', b'f', b'fo', b'foo', b'foobar', 'héllo wörld'.encode(), bytes(range(20))]:
    enc = b64encode(msg)
    dec = b64decode(enc)
    print(msg, enc, dec == msg)
hexdump(b'The quick brown fox jumps over the lazy dog\x00\x01\x02\xff')
hexdump(bytes(range(250, 256)) + b'end')
