# Every format character under every byte order: sizes, alignment, round trips.
import struct

for order in ["", "@", "=", "<", ">", "!"]:
    for code in "xcbB?hHiIlLqQnNPefdsp":
        fmt = order + code
        try:
            print(repr(fmt), struct.calcsize(fmt))
        except struct.error as e:
            print(repr(fmt), "error:", e)

for fmt in ["@ci0q", "@c0i", "@qc", "@hcP", "@?e", "@cd", "@cf", "@c3i", "@cn", "@5s i", "@0si",
            "=ci", "<qc", ">bhiq", "3x", "0s", "3s", "5p", "h3x", " i ", "i\ti", "2e", "10c", "bd", "xi",
            "", "@", "!", "4s4s2H", "<" + "i" * 40]:
    print(repr(fmt), struct.calcsize(fmt))

values = {
    "b": [-128, 0, 127], "B": [0, 255], "h": [-32768, 32767], "H": [0, 65535],
    "i": [-2**31, 2**31 - 1], "I": [0, 2**32 - 1], "q": [-2**63, 2**63 - 1], "Q": [0, 2**64 - 1],
    "?": [True, False], "e": [0.0, -0.0, 1.5, 65504.0, 6.1e-05, 5.960464477539063e-08],
    "f": [0.0, 1.0, -2.5, 3.4028234663852886e+38, 1e-45], "d": [0.0, 1e300, -1.7976931348623157e308, 5e-324],
}
for order in "@<>=!":
    for code, vs in values.items():
        for v in vs:
            b = struct.pack(order + code, v)
            print(order + code, v, b, struct.unpack(order + code, b))
for order in "@<>":
    for code, vs in [("l", [-2**31, 2**31 - 1]), ("L", [0, 2**32 - 1])]:
        for v in vs:
            b = struct.pack(order + code, v)
            print(order + code, v, b, struct.unpack(order + code, b))
for code, v in [("n", -2**63), ("N", 2**64 - 1), ("P", 2**64 - 1), ("P", -1), ("l", -2**63), ("L", 2**64 - 1)]:
    b = struct.pack(code, v)
    print(code, v, b, struct.unpack(code, b))

print(struct.pack("@bhiq", 1, 2, 3, 4))
print(struct.pack("<bhiq", 1, 2, 3, 4))
print(struct.pack(">bhiq", 1, 2, 3, 4))
print(struct.pack("!HHI", 0xabcd, 1, 0xdeadbeef))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("0s", b"ab"))
print(struct.pack("5p", b"abcdefg"), struct.pack("5p", b"ab"), struct.pack("1p", b"xyz"), struct.pack("0p", b"x"))
print(struct.pack("300p", b"x" * 400)[:3], len(struct.pack("300p", b"x" * 400)))
print(struct.pack("s", bytearray(b"zz")), struct.pack("2c", b"a", b"b"), struct.pack("0c"))
print(struct.pack("3?", 0, [1], ""), struct.pack("?", 2**1000), struct.pack(">?", 5))
print(struct.pack("2x3b2x", 1, 2, 3))
print(struct.unpack("3?", b"\x00\x02\xff"), struct.unpack("5p", b"\x09abcd"), struct.unpack("5p", b"\x02abcd"))
print(struct.unpack("p", b"\x05"), struct.unpack("2s3x", b"abcde"), struct.unpack("c", b"a"))
print(struct.unpack("P", b"\xff" * 8), struct.unpack(">q", b"\x80" + b"\x00" * 7))
print(struct.unpack("e", b"\x00\x7c"), struct.unpack(">e", b"\xfc\x00"), struct.unpack("<e", b"\x01\x7c"))
print(struct.unpack("<f", b"\x00\x00\xc0\x7f"), struct.unpack("@bi", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
print(struct.unpack(b"<2h", b"\x01\x00\xff\xff"), struct.unpack("<i", bytearray(b"abcd")), struct.unpack("<i", memoryview(b"abcd")))

# Half floats: round half to even, subnormals, the largest finite value.
for x in [1.00048828125, 1.00146484375, 65519.99, 2.98e-08, 2.9802322387695312e-08, 2.9802322387695316e-08,
          1e-7, 0.1, 1 / 3, 1000.25, 2049.0, 2051.0, -65504.0, float("inf"), float("-inf"), 6.097555160522461e-05]:
    b = struct.pack("<e", x)
    print(x, b, struct.unpack("<e", b))
print(struct.pack(">e", float("nan")), struct.pack("<e", float("nan")))
print(struct.pack("<f", 1e300 * 0), struct.pack("@f", 1e300), struct.pack("<d", float("inf")))

# __index__ for integer codes, __float__ and __index__ for float codes, truthiness for '?'.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Flt:
    def __float__(self): return 2.5
class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(struct.pack("i", Idx(7)), struct.pack("Q", Idx(2**64 - 1)), struct.pack("d", Flt()), struct.pack("e", Idx(3)))
print(struct.pack("??", Truth(True), Truth(False)), struct.pack("i", True), struct.pack("d", True))
