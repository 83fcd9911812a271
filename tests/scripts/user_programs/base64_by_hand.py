# Base64 / Base32 encoders and decoders written by hand.

STD_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
URL_ALPHABET = STD_ALPHABET[:-2] + b"-_"
B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b64encode(data: bytes, alphabet: bytes = STD_ALPHABET, pad: bool = True) -> bytes:
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\0"), "big")
        chars = [alphabet[(n >> shift) & 0x3F] for shift in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.extend(chars[:keep])
        if pad:
            out.extend(b"=" * (4 - keep))
    return bytes(out)


def b64decode(text, alphabet: bytes = STD_ALPHABET) -> bytes:
    if isinstance(text, str):
        text = text.encode("ascii")
    reverse = {c: i for i, c in enumerate(alphabet)}
    text = text.rstrip(b"=")
    if len(text) % 4 == 1:
        raise ValueError(f"invalid base64 length {len(text)}")
    out = bytearray()
    for i in range(0, len(text), 4):
        group = text[i:i + 4]
        n = 0
        for pos, c in enumerate(group):
            if c not in reverse:
                raise ValueError(f"invalid base64 character {chr(c)!r} at position {i + pos}")
            n = (n << 6) | reverse[c]
        n <<= 6 * (4 - len(group))
        nbytes = len(group) * 6 // 8
        out += n.to_bytes(3, "big")[:nbytes]
    return bytes(out)


def b32encode(data: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = int.from_bytes(chunk.ljust(5, b"\0"), "big")
        nchars = (len(chunk) * 8 + 4) // 5
        for j in range(8):
            if j < nchars:
                out.append(B32_ALPHABET[(n >> (35 - 5 * j)) & 0x1F])
            else:
                out.append(ord("="))
    return bytes(out)


def b32decode(text) -> bytes:
    if isinstance(text, str):
        text = text.encode("ascii")
    if len(text) % 8:
        raise ValueError("base32 input length must be a multiple of 8")
    lookup = {c: i for i, c in enumerate(B32_ALPHABET)}
    out = bytearray()
    for i in range(0, len(text), 8):
        block = text[i:i + 8]
        stripped = block.rstrip(b"=")
        n = 0
        for c in stripped:
            try:
                n = (n << 5) | lookup[c]
            except KeyError:
                raise ValueError(f"bad base32 symbol {bytes([c])!r}") from None
        n <<= 5 * (8 - len(stripped))
        nbytes = len(stripped) * 5 // 8
        out.extend(n.to_bytes(5, "big")[:nbytes])
    return bytes(out)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar",
           "héllo, wörld".encode(), bytes([0xFB, 0xFF, 0xBF]), bytes(range(0, 256, 17))]

print("== base64 ==")
for s in samples:
    enc = b64encode(s)
    dec = b64decode(enc)
    print(f"{s!r:<45} -> {enc.decode():<24} ok={dec == s}")

print("== url-safe, unpadded ==")
for s in [bytes([0xFB, 0xFF, 0xBF]), b"\xff\xef\xfe", b"??>>", b"subjects?_d"]:
    std = b64encode(s)
    url = b64encode(s, URL_ALPHABET, pad=False)
    back = b64decode(url, URL_ALPHABET)
    print(f"{s!r:<18} std={std.decode():<16} url={url.decode():<16} back={back == s}")

print("== base32 ==")
for s in samples[:8]:
    enc = b32encode(s)
    dec = b32decode(enc)
    print(f"{s!r:<45} -> {enc.decode():<24} ok={dec == s}")

print("== invalid inputs ==")
bad_cases = [
    ("b64", "Zm9v!mFy"),
    ("b64", "Zm9vY"),
    ("b64", "SGVsbG8gV29ybGQ"),
    ("b32", "MZXW6==="),
    ("b32", "MZXW6YQ"),
    ("b32", "MZXW1==="),
    ("b64-url", "+/+/"),
]
for kind, text in bad_cases:
    try:
        match kind:
            case "b64":
                result = b64decode(text)
            case "b32":
                result = b32decode(text)
            case "b64-url":
                result = b64decode(text, URL_ALPHABET)
        print(f"{kind:<8} {text!r:<20} decoded {result!r}")
    except ValueError as exc:
        print(f"{kind:<8} {text!r:<20} ValueError: {exc}")

print("== round trip stress ==")
state = 12345
def lcg():
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state

failures = 0
total_len = 0
for trial in range(50):
    length = lcg() % 40
    blob = bytes(lcg() & 0xFF for _ in range(length))
    e64 = b64encode(blob)
    e32 = b32encode(blob)
    total_len += len(e64) + len(e32)
    if b64decode(e64) != blob or b32decode(e32) != blob:
        failures += 1
    if trial < 3:
        print(f"trial {trial}: len={length} b64={e64[:20].decode()}... b32={e32[:16].decode()}...")
print("failures:", failures, "total encoded length:", total_len)
