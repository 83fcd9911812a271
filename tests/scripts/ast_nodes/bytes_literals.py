# Constant nodes holding bytes, in every literal form.
data = [b"", b"plain", b'single', b"\x00\xff\t\n\r\\", rb"raw\n", Rb"\d+", b"con" b"cat",
        b"""triple""", bytes(3), bytearray(b"mutable")]
for d in data:
    print(type(d).__name__, len(d), repr(d), d == bytes(d), list(d[:3]))
print(b"abc"[1], b"abc"[::-1], b"ab" + b"cd", b"-" * 3, b"a" < b"b", b"x" == "x")
