import uuid

forms = [
    "12345678123456781234567812345678",
    "12345678-1234-5678-1234-567812345678",
    "{12345678-1234-5678-1234-567812345678}",
    "urn:uuid:12345678-1234-5678-1234-567812345678",
    "URN:UUID:12345678-1234-5678-1234-567812345678",
    "uuid:{ABCDEF01-2345-6789-ABCD-EF0123456789}",
    "{{12345678123456781234567812345678}}",
    "1-2-3-4-5-12345678123456781234567812345678",
    "1234567812345678123456781234567",
    "123456781234567812345678123456789",
    "zz345678123456781234567812345678",
    "1234567812345678_234567812345678",
    " 12345678123456781234567812345678",
    "",
]
for text in forms:
    try:
        u = uuid.UUID(text)
        print(repr(text), "->", u)
    except ValueError as e:
        print(repr(text), "ValueError", e)

u = uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e")
for attr in ("hex", "int", "urn", "bytes", "bytes_le", "fields", "time_low", "time_mid",
             "time_hi_version", "clock_seq_hi_variant", "clock_seq_low", "node", "time",
             "clock_seq", "variant", "version", "is_safe"):
    print(attr, repr(getattr(u, attr)))
print(str(u), repr(u), int(u), "%s" % u, f"{u}")

same = [
    uuid.UUID(bytes=u.bytes),
    uuid.UUID(bytes_le=u.bytes_le),
    uuid.UUID(fields=u.fields),
    uuid.UUID(int=u.int),
    uuid.UUID(hex=u.hex),
]
print(all(x == u for x in same), [x.int == u.int for x in same])

print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1))
for version in (1, 2, 3, 4, 5):
    v = uuid.UUID(int=0, version=version)
    print(version, v, v.version, v.variant)
print(uuid.UUID(int=(1 << 128) - 1, version=4))

for kwargs in [
    {},
    {"hex": "12345678123456781234567812345678", "int": 5},
    {"int": -1},
    {"int": 1 << 128},
    {"bytes": b"short"},
    {"bytes": b"x" * 17},
    {"bytes_le": b"x" * 15},
    {"fields": (1, 2, 3)},
    {"fields": (1 << 32, 0, 0, 0, 0, 0)},
    {"fields": (0, 1 << 16, 0, 0, 0, 0)},
    {"fields": (0, 0, -1, 0, 0, 0)},
    {"fields": (0, 0, 0, 256, 0, 0)},
    {"fields": (0, 0, 0, 0, 256, 0)},
    {"fields": (0, 0, 0, 0, 0, 1 << 48)},
    {"int": 0, "version": 0},
    {"int": 0, "version": 6},
]:
    try:
        uuid.UUID(**kwargs)
        print(kwargs, "ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

try:
    uuid.UUID(12345)
except AttributeError as e:
    print("AttributeError", e)
try:
    uuid.UUID(bytes=bytearray(16))
except AssertionError as e:
    print("AssertionError", e)

print([(v, uuid.UUID(int=v << 64).variant) for v in (0x0000, 0x8000, 0xC000, 0xE000)])
print([uuid.UUID(int=v << 64).version for v in (0x0000, 0x8000, 0xC000)])
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep="|")
