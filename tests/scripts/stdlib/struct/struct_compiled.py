# Struct's native methods and the format cache: every path, including the ones handed to
# the Python methods (keywords, subclasses, wrong arity), gives CPython's result or error.
import struct

S = struct.Struct("<IhB")
print(S.size, S.format, S.pack(1, -2, 3), S.unpack(S.pack(1, -2, 3)))
buf = bytes(range(20))
print(S.unpack_from(buf), S.unpack_from(buf, 5), S.unpack_from(buf, -7), S.unpack_from(buf, offset=2))
print(S.unpack_from(buffer=buf, offset=1), S.unpack_from(memoryview(buf), 3))
B = struct.Struct(b">qd4sH")
print(B.format, B.size, B.unpack(B.pack(-5, 2.5, b"ab", 65535)))
for call in (lambda: S.pack(1, 2), lambda: S.pack(1, 2, 3, 4), lambda: S.pack(1, 2, 300),
             lambda: S.pack(1, 2, x=3), lambda: S.unpack(b"abc"), lambda: S.unpack(buf, 1),
             lambda: S.unpack_from(buf, 18), lambda: S.unpack_from(buf, -30), lambda: S.unpack_from(buf, "1"),
             lambda: S.unpack_from(), lambda: S.unpack(), lambda: S.unpack("abcdefg"),
             lambda: S.pack("a", 1, 2), lambda: S.unpack_from(buf, 1, 2)):
    try:
        print(call())
    except (struct.error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(struct.Struct.pack(S, 7, 8, 9), struct.Struct.unpack(S, b"\x07\x00\x00\x00\x08\x00\x09"))
try:
    struct.Struct.pack(1, 2)
except TypeError as e:
    print("TypeError", e)


class Rec(struct.Struct):
    pass


r = Rec("<hh")
print(type(r).__name__, r.size, r.pack(1, 2), r.unpack(b"\x01\x00\x02\x00"), r.unpack_from(b"\x00\x01\x00\x02\x00", 1))
for i in range(3):
    for fmt in ("<Ih", b"<Ih", "<I h", "3x"):
        print(fmt, struct.calcsize(fmt), struct.pack(fmt, *((1, 2) if "I" in str(fmt) else ())))
for bad in ("<Iz", "3", "\u00e9", "i\0", b"<Iz"):
    for i in range(2):
        try:
            struct.pack(bad, 1)
        except (struct.error, UnicodeEncodeError) as e:
            print(type(e).__name__, e)
for i in range(150):
    struct.pack("%dB" % (i + 1), *range(i + 1))
print(struct.unpack("5B", struct.pack("5B", 1, 2, 3, 4, 5)), struct.calcsize("120B"))
try:
    struct.pack(bytearray(b"i"), 1)
except TypeError as e:
    print("TypeError", e)
try:
    S.size = 3
except AttributeError as e:
    print("AttributeError", e)
print(struct.Struct.size.__doc__)
