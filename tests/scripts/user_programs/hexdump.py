# A `hexdump -C` clone working on a bytearray with memoryview slicing.

PRINTABLE = bytes(range(0x20, 0x7F))
NON_PRINTABLE = bytes(b for b in range(256) if b not in PRINTABLE)
# Map every non-printable byte to '.' using maketrans/translate
DOT_TABLE = bytes.maketrans(NON_PRINTABLE, b"." * len(NON_PRINTABLE))


def ascii_column(chunk):
    return bytes(chunk).translate(DOT_TABLE).decode("ascii")


def ascii_column_comprehension(chunk):
    return "".join(chr(b) if 0x20 <= b < 0x7F else "." for b in chunk)


def hexdump(buf, width=16, start=0):
    view = memoryview(buf)
    lines = []
    previous = None
    starred = False
    for offset in range(0, len(view), width):
        chunk = view[offset:offset + width]
        raw = chunk.tobytes()
        if raw == previous and len(raw) == width:
            if not starred:
                lines.append("*")
                starred = True
            continue
        starred = False
        previous = raw
        left = " ".join(f"{b:02x}" for b in raw[:8])
        right = " ".join(f"{b:02x}" for b in raw[8:])
        hexpart = f"{left:<23}  {right:<23}"
        text = ascii_column(chunk)
        assert text == ascii_column_comprehension(chunk)
        lines.append(f"{start + offset:08x}  {hexpart}  |{text}|")
    lines.append(f"{start + len(view):08x}")
    return "\n".join(lines)


# Build a buffer from mixed data
buf = bytearray()
buf += b"PYRT"
buf += (1).to_bytes(2, "little") + (2024).to_bytes(2, "big")
buf.extend("Hello, hexdump! ünïcödé".encode("utf-8"))
buf.append(0)
buf.extend(range(0, 40))
buf += b"\x00" * 48
buf += b"tail: " + bytes([0x7F, 0x80, 0xFF, 0x20, 0x7E])
buf.extend(b"ABCDEFGHIJKLMNOP" * 3)
buf += b"end"

print("buffer length:", len(buf))
print(hexdump(buf))
print()

view = memoryview(buf)
print("memoryview len:", len(view), "itemsize:", view.itemsize, "readonly:", view.readonly)
header = view[:8]
print("header bytes:", header.tobytes(), "hex:", header.hex(" "))
print("magic:", bytes(header[:4]).decode(), "version:", int.from_bytes(header[4:6], "little"),
      "year:", int.from_bytes(header[6:8], "big"))
print("view[4]:", view[4], "view[-1]:", view[-1], "list(view[8:13]):", list(view[8:13]))

# Writes through a memoryview modify the underlying bytearray
patch = view[8:13]
patch[0] = ord("J")
patch[1:3] = b"EE"
print("patched text:", buf[8:21].decode())
print(hexdump(view[8:40], start=8))
print()

# Strided view
every_other = view[0:16:2]
print("strided:", every_other.tobytes(), "len", len(every_other))

# translate with delete
cleaned = bytes(buf[:40]).translate(None, NON_PRINTABLE)
print("printable-only:", cleaned)
upper_table = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
print("upper via translate:", b"hello, hexdump".translate(upper_table))

# Dump with a different width
print(hexdump(b"The quick brown fox jumps over the lazy dog", width=16, start=0x1000))
print()
print(hexdump(b""))
print()
# Count byte classes
counts = {"zero": 0, "printable": 0, "high": 0, "control": 0}
for b in buf:
    if b == 0:
        counts["zero"] += 1
    elif 0x20 <= b < 0x7F:
        counts["printable"] += 1
    elif b >= 0x80:
        counts["high"] += 1
    else:
        counts["control"] += 1
print("byte classes:", counts, "sum", sum(counts.values()))
print("first zero at", buf.find(0), "'tail' at", buf.find(b"tail"), "count(b'AB') =", buf.count(b"AB"))
view.release()
try:
    view[0]
except ValueError as e:
    print("released view:", e)
