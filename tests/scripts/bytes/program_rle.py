# Run-length encoding over bytearray, a bit reader, and a UTF-8 decoder written by hand.
def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)

def rle_decode(data):
    out = bytearray()
    for count, value in zip(data[::2], data[1::2]):
        out.extend([value] * count)
    return bytes(out)

class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        v = 0
        for _ in range(n):
            byte = self.data[self.pos // 8]
            bit = (byte >> (7 - self.pos % 8)) & 1
            v = (v << 1) | bit
            self.pos += 1
        return v

def utf8_decode(data):
    chars = []
    i = 0
    while i < len(data):
        b0 = data[i]
        if b0 < 0x80:
            cp, n = b0, 1
        elif b0 >> 5 == 0b110:
            cp, n = b0 & 0x1F, 2
        elif b0 >> 4 == 0b1110:
            cp, n = b0 & 0x0F, 3
        else:
            cp, n = b0 & 0x07, 4
        for k in range(1, n):
            cp = (cp << 6) | (data[i + k] & 0x3F)
        chars.append(chr(cp))
        i += n
    return ''.join(chars)

sample = b'aaaabbbcccd' + b'\x00' * 300 + b'end'
enc = rle_encode(sample)
print(len(sample), len(enc), enc[:12], rle_decode(enc) == sample)
r = BitReader(b'\xb5\x0f')
print([r.read(3), r.read(5), r.read(4), r.read(4)])
text = 'naïve café — 😀'
print(utf8_decode(text.encode()), utf8_decode(text.encode()) == text, text.encode().count(b'\xc3'))
ba = bytearray(b'buffer')
ba[0:1] = b'B'
ba.extend(b' grows')
ba.reverse()
print(ba, ba[::-1].decode(), bytes(ba).upper().split(b'W'))
counts = {}
for byte in b'mississippi':
    counts[byte] = counts.get(byte, 0) + 1
print({chr(k): v for k, v in sorted(counts.items())}, max(counts, key=counts.get))
