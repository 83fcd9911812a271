# UTF-16 and UTF-32: byte order marks, surrogate pairs, and CPython's decode errors.
texts = ["", "a", "héllo", "日本語", "emoji 😀 and 𝄞", "\u0000\uffff\U0010ffff"]
for enc in ["utf-16", "utf-16-le", "utf-16-be", "UTF16", "utf_16le", "utf-32", "utf-32-le",
            "utf-32-be", "U32", "utf_32be"]:
    for t in texts:
        b = t.encode(enc)
        back = b.decode(enc)
        print(enc, repr(t), b.hex(" "), back == t, len(b))
print(str(b"\xff\xfeh\x00i\x00", "utf-16"), bytearray("ok", "utf-16-be"))
print(repr(b"\xff\xfea\x00".decode("utf-16-le")), repr(b"\xfe\xff\x00a".decode("utf-16")))
print(repr(b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32")), repr(b"a\x00".decode("utf-16")))
bad16 = [b"a\x00b", b"a\x00\x00\xd8", b"a\x00\x00\xd8b", b"\x00\xdca\x00", b"\x00\xd8a\x00b\x00",
         b"\xff\xfea\x00b", b"\xfe\xff\x00a\xdc\x00", b"\x00\xd8\x00\xd8\x00\xdc", b"\x00\xdc\x00\xdc"]
for data in bad16:
    for enc in ["utf-16", "utf-16-le", "utf-16-be"]:
        try:
            print(enc, repr(data.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, e, e.start, e.end, e.encoding, e.reason)
        for h in ["replace", "ignore", "backslashreplace"]:
            print("   ", h, repr(data.decode(enc, h)))
bad32 = [b"a\x00\x00\x00b", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"\xff\xfe\x00\x00a",
         b"\x00\x00\x11\x00a\x00\x00\x00b", b"\x00\x00\xd8\x00"]
for data in bad32:
    for enc in ["utf-32", "utf-32-le", "utf-32-be"]:
        try:
            print(enc, repr(data.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, e, e.start, e.end, e.encoding, e.reason)
        for h in ["replace", "ignore", "backslashreplace"]:
            print("   ", h, repr(data.decode(enc, h)))
try:
    b"\x00\xd8".decode("utf-16-le", "bogus")
except LookupError as e:
    print("LookupError", e)
b"\x00\xdc".decode("utf-16-le")
