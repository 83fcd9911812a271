# The module functions: CPython's argument errors, the format cache, struct.error kept when rebound.
import struct
tests = [
    lambda: struct.pack(),
    lambda: struct.pack(fmt="i"),
    lambda: struct.pack("i", 1, x=2),
    lambda: struct.pack(bytearray(b"i"), 1),
    lambda: struct.pack("i", "x"),
    lambda: struct.pack("zz"),
    lambda: struct.pack(1),
    lambda: struct.unpack(),
    lambda: struct.unpack("i"),
    lambda: struct.unpack("i", b"1234", 3),
    lambda: struct.unpack("i", buffer=b"1234"),
    lambda: struct.unpack(bytearray(b"i"), b"1234"),
    lambda: struct.unpack("i", b"12"),
    lambda: struct.calcsize(),
    lambda: struct.calcsize("i", "i"),
    lambda: struct.calcsize(format="i"),
    lambda: struct.calcsize(bytearray(b"i")),
    lambda: struct.calcsize(b"ii"),
    lambda: struct.calcsize(3),
    lambda: struct.pack_into(),
    lambda: struct.pack_into("i"),
    lambda: struct.pack_into("i", bytearray(4)),
    lambda: struct.pack_into("i", bytearray(4), 0, 5, x=1),
    lambda: struct.unpack_from("i", b"12345", 1),
    lambda: struct.unpack_from("i", buffer=b"12345", offset=1),
    lambda: struct.unpack_from("i", b"12345", offset=2),
    lambda: struct.unpack_from(format="i", buffer=b"1234"),
    lambda: struct.unpack_from("i"),
    lambda: struct.unpack_from("i", b"1234", 0, 1),
    lambda: struct.unpack_from("i", b"1234", bogus=1),
    lambda: struct.unpack_from("i", b"1234", -9),
    lambda: struct.iter_unpack("i"),
    lambda: list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")),
    lambda: struct.pack("<hh", 1, 2) + struct.pack(b">q", -5),
    lambda: struct.unpack("<hh", bytearray(b"\x01\x00\x02\x00")),
    lambda: struct.unpack("<hh", memoryview(b"\x01\x00\x02\x00")),
    lambda: (struct.pack.__name__, struct.unpack.__name__, struct.calcsize.__name__, struct.pack_into.__name__, struct.unpack_from.__name__),
    lambda: (repr(struct.pack), repr(struct.unpack_from), repr(struct.calcsize)),
    lambda: struct.pack("i", 2**40),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
# the functions raise the module's own error class, even with struct.error rebound
orig = struct.error
struct.error = ValueError
try:
    struct.pack("i", 2**40)
except orig as e:
    print("orig", type(e).__name__, e)
struct.error = orig
# many formats: past the cache's size they are parsed again
print(sum(struct.calcsize("%dx" % n) for n in range(300)))
print(struct.unpack_from("<H", b"\x00\x01\x02", offset=1), struct.unpack_from(b"<H", buffer=b"\x01\x02"))
try:
    struct.unpack_from("i", buffer=b"1234", format="i")
except TypeError as e:
    print(e)
