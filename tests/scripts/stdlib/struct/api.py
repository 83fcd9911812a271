# Struct objects, pack_into, unpack_from, iter_unpack.
import struct

s = struct.Struct("<ih")
print(s.format, s.size, type(s).__name__, type(s).__module__)
print(s.pack(1, 2), s.unpack(s.pack(1, 2)))
s2 = struct.Struct(b">Hd")
print(s2.format, s2.size, s2.pack(5, 0.5), s2.unpack(s2.pack(5, 0.5)))
print(struct.Struct("2h").unpack_from(b"xx\x01\x00\x02\x00", 2))
print(struct.Struct("i").unpack_from(b"abcdabcd", offset=4))
print(struct.unpack_from("i", b"abcdefgh", 4), struct.unpack_from("i", buffer=b"abcd", offset=0))
print(struct.unpack_from("<h", b"\x01\x02\x03\x04", -2), struct.unpack_from("0i", b""))

buf = bytearray(12)
print(struct.pack_into("<hh", buf, 2, 1, -1), buf)
struct.pack_into("<i", buf, -4, 0x01020304)
print(buf)
s.pack_into(buf, 0, 7, 8)
print(buf)

print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
it = struct.Struct("2h").iter_unpack(b"\x01\x00\x02\x00" * 3)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
print(list(struct.iter_unpack("x0i", b"")))
for t in struct.iter_unpack("<2B", bytearray(b"abcd")):
    print(t)

try:
    s.format = "i"
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.size = 3
except AttributeError as e:
    print("AttributeError:", e)
print(struct.error.__module__, struct.error.__mro__)
print(issubclass(struct.error, Exception), struct.error("x").args)
print(sorted(n for n in dir(struct) if not n.startswith("_")))
