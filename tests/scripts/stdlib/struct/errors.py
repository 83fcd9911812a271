# struct.error and TypeError messages, as CPython 3.11 words them.
import struct

def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for order in "@<>=!":
    for code in "bBhHiIlLqQnNP":
        for v in [-2**64 - 1, -2**63 - 1, -2**63, -2**31 - 1, -1, 2**31, 2**32, 2**63, 2**64]:
            attempt(struct.pack, order + code, v)

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
for code in ["@P", ">q", ">Q", "<Q", "@q", ">h", "@i"]:
    for v in [-2**70, 2**70]:
        attempt(struct.pack, code, Idx(v))
class Bad:
    def __index__(self): raise KeyError("k")
    def __bool__(self): raise KeyError("b")
class BadFloat:
    def __float__(self): raise KeyError("k")
attempt(struct.pack, "i", Bad())
attempt(struct.pack, "?", Bad())
attempt(struct.pack, "d", BadFloat())

for fmt, v in [("b", 1.0), ("b", "x"), ("q", 1.5), ("i", 2**100), ("d", "x"), ("f", "1"), ("e", 1e10), ("e", 65520.0),
               ("e", 70000), ("e", 65520), (">f", 1e300), ("<f", 3.5e38), (">f", 2**200), ("d", 2**1024),
               ("e", float("-inf")), ("e", -1e10), ("c", b"ab"), ("c", "a"), ("c", bytearray(b"a")), ("s", "a"),
               ("p", 1), ("3s", memoryview(b"ab")), ("<n", 1), ("<N", 1), ("<P", 1), ("z", 1), ("3", 1)]:
    attempt(struct.pack, fmt, v)
attempt(struct.pack, "ii", 1)
attempt(struct.pack, "i ", 1, 2)
attempt(struct.pack, "", 1)
attempt(struct.pack, "2s", b"a", b"b")
attempt(struct.pack)
attempt(struct.pack, 1)
attempt(struct.pack, "1000000000000000000000i", 1)

for fmt in ["9999999999999999999i", "4000000000000000000q", "\0", "i\0", "3 i", "<3\ti", "i#", "é", b"\xe9",
            bytearray(b"i"), None, 5]:
    attempt(struct.calcsize, fmt)
attempt(struct.Struct, 1)
attempt(struct.Struct, bytearray(b"i"))
attempt(struct.calcsize)

attempt(struct.unpack)
attempt(struct.unpack, "i")
attempt(struct.unpack, "i", b"\0" * 3)
attempt(struct.unpack, "i", b"\0" * 5)
attempt(struct.unpack, "i", "abcd")
attempt(struct.unpack, "i", 5)
attempt(struct.unpack, 1, b"")
attempt(struct.Struct("<h").unpack, b"abc")
for args in [(b"\0" * 8, 5), (b"\0" * 8, -9), (b"\0" * 8, 9), (b"\0" * 8, 8), (b"", 1), (b"\0" * 8, -10),
             (b"\0" * 8, 2**70), (b"\0" * 8, "1")]:
    attempt(struct.unpack_from, "i", *args)
attempt(struct.unpack_from, "0i", b"", 1)
attempt(struct.unpack_from, "i", b"ab")

buf = bytearray(8)
for args in [(buf, 5, 1), (buf, -9, 1), (buf, -2, 1), (b"12345678", 0, 1), (buf, 0), (buf,), (buf, 9, 1), (buf, 0, 1, 2)]:
    attempt(struct.pack_into, "i", *args)
attempt(struct.pack_into, "i")
attempt(struct.Struct("i").pack_into, buf)
attempt(struct.Struct("i").pack, 1, 2)

attempt(struct.iter_unpack, "i", b"\0" * 7)
attempt(struct.iter_unpack, "", b"")
attempt(struct.iter_unpack, "i", "abcd")
attempt(struct.iter_unpack, "i")
